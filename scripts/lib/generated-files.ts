import { rulesDocument } from '../../src/domain/catalogue/rules-document';
import { planJsonSchema } from '../../src/domain/plan/plan-json-schema';

/** Every generated file, by path from the project root, with the content it must have. */
export function generatedFiles(): Record<string, string> {
  return {
    'public/plan.schema.json': `${JSON.stringify(planJsonSchema(), null, 2)}\n`,
    'docs/rules.md': rulesDocument(),
  };
}

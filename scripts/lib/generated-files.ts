import { CURRENTLY_RECOMMENDED_FLAGS } from 'aws-cdk-lib/cx-api';
import { rulesDocument } from '../../src/domain/catalogue/rules-document';
import { planJsonSchema } from '../../src/domain/plan/plan-json-schema';
import { planSchema } from '../../src/domain/plan/plan-schema';
import { describeSchema } from '../../src/domain/plan/schema-description';

const planSchemaDescriptionPath = 'src/domain/plan/plan-schema-description.json';
const cdkFeatureFlagsPath = 'src/domain/generators/cdk/recommended-feature-flags.json';

const sortedKeys = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));

/** Every generated file, by path from the project root, with the content it must have. */
export function generatedFiles(): Record<string, string> {
  return {
    'public/plan.schema.json': `${JSON.stringify(planJsonSchema(), null, 2)}\n`,
    'docs/rules.md': rulesDocument(),
    // What the compiled plan parser reads instead of zod (schema-description.ts).
    [planSchemaDescriptionPath]: `${JSON.stringify(describeSchema(planSchema, 'plan'), null, 2)}\n`,
    // The CDK export's cdk.json context: the flags the pinned aws-cdk-lib recommends for new apps.
    [cdkFeatureFlagsPath]: `${JSON.stringify(sortedKeys(CURRENTLY_RECOMMENDED_FLAGS), null, 2)}\n`,
  };
}

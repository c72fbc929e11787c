/**
 * The plan file: the plan as pretty-printed JSON in the order the schema declares its fields,
 * pointing at the published JSON Schema. Only fields the schema declares are written, so a
 * RawSecretAccessKey (or anything else) that reached the plan object at run time is left out.
 * `keyStore.CustomKeyStoreType` is always EXTERNAL_KEY_STORE: the file's `keyStore` can feed
 * `--cli-input-json`, and CreateCustomKeyStore without the type creates an AWS CloudHSM key store.
 */
import { z } from 'zod';
import { planSchemaId } from '../../plan/plan-json-schema';
import { planSchema, type Plan } from '../../plan/plan-schema';
import type { GeneratedFile } from '../types';

export const planFileName = 'plan.json';

/** A copy of `value` with object keys in `schema`'s order and undeclared keys left out. */
function inSchemaOrder(schema: z.ZodType, value: unknown): unknown {
  if (schema instanceof z.ZodOptional) return inSchemaOrder(schema.unwrap() as z.ZodType, value);
  if (schema instanceof z.ZodArray && Array.isArray(value)) {
    return value.map((item) => inSchemaOrder(schema.element as z.ZodType, item));
  }
  if (schema instanceof z.ZodObject && value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const ordered: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      if (record[key] !== undefined) ordered[key] = inSchemaOrder(member, record[key]);
    }
    return ordered;
  }
  return value;
}

export function generatePlanFile(plan: Plan): GeneratedFile[] {
  const keyStore = { ...plan.keyStore, CustomKeyStoreType: 'EXTERNAL_KEY_STORE' };
  const document = inSchemaOrder(planSchema, { ...plan, keyStore, $schema: planSchemaId });
  return [{ path: planFileName, content: `${JSON.stringify(document, null, 2)}\n` }];
}

import { z } from 'zod';
import { planSchema } from './plan-schema';

export const planSchemaId = 'https://xks-planner.dev/plan.schema.json';

/** The JSON Schema of plan files, published as `public/plan.schema.json`. */
export function planJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(planSchema, { target: 'draft-2020-12' }), $id: planSchemaId };
}

/**
 * Parsing a plan that is well-formed, without zod: most plans checked (the wizard's on every
 * change, the CLI's) are, and zod is loaded only for one it refuses, to say what is wrong
 * (parse-plan.ts).
 */
import { compileSchema, refused, type CompiledSchema } from './compiled-schema';
import type { Plan } from './plan-schema';
import description from './plan-schema-description.json' with { type: 'json' };
import type { SchemaDescription } from './schema-description';

/** The plan schema as plain data (generated from plan-schema.ts by `npm run generate`). */
export const planDescription = description as SchemaDescription;

// Compiled on first use: the app's first page and the CLI's other commands parse no plan.
let parseWellFormed: CompiledSchema | undefined;
let parseWellFormedAgain: CompiledSchema | undefined;

/**
 * The plan, when `value` is a current plan the schema accepts as it is (what zod's parse would
 * give, much sooner); undefined otherwise, when only `parsePlan` says what is wrong.
 */
export function parseWellFormedPlan(value: unknown): Plan | undefined {
  parseWellFormed ??= compileSchema(planDescription);
  const plan = parseWellFormed(value);
  return plan === refused ? undefined : (plan as Plan);
}

/**
 * `parseWellFormedPlan` for a plan parsed again and again as it is edited (the wizard's): the
 * plan is frozen, and each part of it equal to the same place of `previous` (this function's own
 * earlier answer) is that part, so that comparing the two costs little and nothing is copied.
 */
export function parseWellFormedPlanAgain(
  value: unknown,
  previous: Plan | undefined,
): Plan | undefined {
  parseWellFormedAgain ??= compileSchema(planDescription, { frozen: true });
  const plan = parseWellFormedAgain(value, previous);
  return plan === refused ? undefined : (plan as Plan);
}

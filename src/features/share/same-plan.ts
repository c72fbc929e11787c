import type { Plan } from '@/domain/plan/plan-schema';

/**
 * A plan's content in a canonical form: keys sorted, and what holds nothing (empty text, empty
 * lists and objects, `$schema`) left out, so that a plan read back from a link or a form compares
 * equal to the plan it came from.
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.keys(value)
    .filter((key) => key !== '$schema')
    .sort()
    .map((key) => [key, canonical((value as Record<string, unknown>)[key])] as const)
    .filter(([, item]) => !isNothing(item));
  return Object.fromEntries(entries);
}

function isNothing(value: unknown): boolean {
  if (value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return value !== null && typeof value === 'object' && Object.keys(value).length === 0;
}

export function samePlan(a: Plan, b: Plan): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** Whether the plan holds nothing but its version. */
export function isEmptyPlan(plan: Plan): boolean {
  return samePlan(plan, { version: plan.version });
}

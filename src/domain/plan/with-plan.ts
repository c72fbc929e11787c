import type { Plan } from './plan-schema';

type Patch = { readonly [key: string]: unknown };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function merge(base: unknown, patch: unknown): unknown {
  if (!isRecord(base) || !isRecord(patch)) return patch;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete merged[key];
    else merged[key] = merge(base[key], value);
  }
  return merged;
}

/**
 * A copy of `base` with `patch` merged in: objects merge, arrays and other values replace, and
 * `undefined` removes a field. Builds test and example variations from a known-good plan.
 * The result is `Plan`-shaped but deliberately unchecked: tests use it to build broken plans too.
 */
export function withPlan(base: Plan, patch: Patch): Plan {
  return merge(base, patch) as Plan;
}

/** A copy of `base` whose VPC has one private subnet in each of these Availability Zones. */
export function withSubnetZones(base: Plan, zones: readonly string[]): Plan {
  return withPlan(base, {
    vpc: {
      subnets: zones.map((availabilityZone, index) => ({
        subnetId: `subnet-0${index}`,
        availabilityZone,
        public: false,
      })),
    },
  });
}

import type { Plan } from './plan-schema';

/**
 * A change to a `T`: any of its fields, objects patched member by member, arrays replaced whole,
 * `undefined` removing a field.
 */
type PlanPatch<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { readonly [Key in keyof T]?: PlanPatch<T[Key]> | undefined }
    : T;

type RawPatch = { readonly [key: string]: unknown };

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
 * `undefined` removes a field. Builds test and example variations from a known-good plan. The
 * patch is typed by the plan, so that a misspelt field fails to compile instead of making a test
 * that checks nothing.
 */
export function withPlan(base: Plan, patch: PlanPatch<Plan>): Plan {
  return merge(base, patch) as Plan;
}

/**
 * `withPlan` for a plan the schema refuses (a misspelt field, a value of the wrong type, a
 * secret): the patch is not typed, and the result is `Plan`-shaped only in name.
 */
export function withRawPlan(base: Plan, patch: RawPatch): Plan {
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

import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { parsePlan } from '@/domain/plan/parse-plan';
import type { Plan } from '@/domain/plan/plan-schema';

/**
 * The plan to export: the form's current values as the rule engine reads them, so without any
 * secret and without values that do not fit the plan format.
 */
export function useExportPlan(): Plan {
  const values: unknown = useWatch();
  return useMemo(
    () =>
      values !== null && typeof values === 'object' && !Array.isArray(values)
        ? parsePlan(values as Record<string, unknown>).plan
        : { version: 1 },
    [values],
  );
}

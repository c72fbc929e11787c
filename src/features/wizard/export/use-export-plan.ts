import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import type { Plan } from '@/domain/plan/plan-schema';
import { parseWellFormedPlan } from '@/domain/plan/well-formed-plan';
import { usePlanParser } from '../plan-parser';

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The plan to export: the form's current values as the rule engine reads them, so without any
 * secret and without values that do not fit the plan format. A well-formed plan needs no zod; for
 * one holding a value the schema refuses, zod (the plan parser) loads first, and the plan is
 * undefined until it has.
 */
export function useExportPlan(): Plan | undefined {
  const values: unknown = useWatch();
  const wellFormed = useMemo(
    () => (isObject(values) ? parseWellFormedPlan(values) : { version: 1 as const }),
    [values],
  );
  const parser = usePlanParser(wellFormed === undefined);
  const parsePlan = wellFormed === undefined ? parser.data?.parsePlan : undefined;
  return useMemo(
    () => wellFormed ?? parsePlan?.(values as Record<string, unknown>).plan,
    [wellFormed, parsePlan, values],
  );
}

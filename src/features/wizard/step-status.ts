import type { Finding, Unknown } from '@/domain/engine/types';
import {
  findingTouchesStep,
  stepOfPointer,
  stepShowsPointer,
  unknownTouchesStep,
} from './step-of-pointer';
import { isPlanStep, stepIds, type StepId } from './step-ids';

export type StepStatus =
  | { readonly kind: 'none' } // steps without fields: start, review and export
  | { readonly kind: 'untouched' }
  | { readonly kind: 'errors'; readonly count: number }
  /** Something the checks need is not stated on the step: never "done". */
  | { readonly kind: 'incomplete'; readonly count: number }
  | { readonly kind: 'warnings'; readonly count: number }
  | { readonly kind: 'done' };

/**
 * The steps that show a value the plan states. Walked on every change of a large plan (hundreds
 * of values), so each value's step is added as it is met, with no list of pointers in between.
 */
function stepsWithStatedValues(plan: unknown): Set<StepId> {
  const steps = new Set<StepId>();
  const visit = (value: unknown, pointer: string): void => {
    if (value === undefined || value === null || value === '') return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${pointer}/${index}`));
    } else if (typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (key !== 'version' && key !== '$schema') visit(item, `${pointer}/${key}`);
      }
    } else {
      steps.add(stepOfPointer(pointer));
    }
  };
  visit(plan, '');
  return steps;
}

/**
 * Each step's state. A step is "done" only when it states something and nothing on it fails or
 * is unknown; a finding or an unknown counts on every step that asks for a place it concerns.
 */
export function stepStatuses(
  plan: unknown,
  findings: readonly Finding[],
  unknowns: readonly Unknown[],
): Record<StepId, StepStatus> {
  const touched = stepsWithStatedValues(plan);
  const statuses = {} as Record<StepId, StepStatus>;
  for (const id of stepIds) {
    if (!isPlanStep(id)) {
      statuses[id] = { kind: 'none' };
      continue;
    }
    const own = findings.filter((finding) => findingTouchesStep(finding, id));
    const errors = own.filter((finding) => finding.severity === 'error').length;
    const warnings = own.filter((finding) => finding.severity === 'warning').length;
    const unstated = new Set(
      unknowns
        .filter((unknown) => unknownTouchesStep(unknown, id))
        .flatMap((unknown) => unknown.paths.filter((path) => stepShowsPointer(id, path))),
    ).size;
    if (!touched.has(id)) statuses[id] = { kind: 'untouched' };
    else if (errors > 0) statuses[id] = { kind: 'errors', count: errors };
    else if (unstated > 0) statuses[id] = { kind: 'incomplete', count: unstated };
    else if (warnings > 0) statuses[id] = { kind: 'warnings', count: warnings };
    else statuses[id] = { kind: 'done' };
  }
  return statuses;
}

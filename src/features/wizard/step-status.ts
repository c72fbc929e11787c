import type { Finding, Unknown } from '@/domain/engine/types';
import {
  findingTouchesStep,
  stepOfPointer,
  stepShowsPointer,
  unknownTouchesStep,
} from './step-of-pointer';
import { stepIds, type StepId } from './step-ids';

export type StepStatus =
  | { readonly kind: 'none' } // steps without fields: start, review and export
  | { readonly kind: 'untouched' }
  | { readonly kind: 'errors'; readonly count: number }
  /** Something the checks need is not stated on the step: never "done". */
  | { readonly kind: 'incomplete'; readonly count: number }
  | { readonly kind: 'warnings'; readonly count: number }
  | { readonly kind: 'done' };

/** JSON Pointers of every value the plan states. */
function statedPointers(value: unknown, pointer = ''): string[] {
  if (value === undefined || value === null || value === '') return [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => statedPointers(item, `${pointer}/${index}`));
  if (typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      key === 'version' || key === '$schema' ? [] : statedPointers(item, `${pointer}/${key}`),
    );
  }
  return [pointer];
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
  const touched = new Set(statedPointers(plan).map(stepOfPointer));
  const statuses = {} as Record<StepId, StepStatus>;
  for (const id of stepIds) {
    if (id === 'start' || id === 'review' || id === 'export') {
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

import type { Finding } from '@/domain/engine/types';
import { stepOfPointer } from './step-of-pointer';
import { stepIds, type StepId } from './step-ids';

export type StepStatus =
  | { readonly kind: 'none' } // steps without fields: start, review and export
  | { readonly kind: 'untouched' }
  | { readonly kind: 'errors'; readonly count: number }
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

/** Each step's state: untouched, has errors, has warnings, or done. */
export function stepStatuses(
  plan: unknown,
  findings: readonly Finding[],
): Record<StepId, StepStatus> {
  const touched = new Set(statedPointers(plan).map(stepOfPointer));
  const statuses = {} as Record<StepId, StepStatus>;
  for (const id of stepIds) {
    if (id === 'start' || id === 'review' || id === 'export') {
      statuses[id] = { kind: 'none' };
      continue;
    }
    const own = findings.filter((finding) => stepOfPointer(finding.path) === id);
    const errors = own.filter((finding) => finding.severity === 'error').length;
    const warnings = own.filter((finding) => finding.severity === 'warning').length;
    if (!touched.has(id)) statuses[id] = { kind: 'untouched' };
    else if (errors > 0) statuses[id] = { kind: 'errors', count: errors };
    else if (warnings > 0) statuses[id] = { kind: 'warnings', count: warnings };
    else statuses[id] = { kind: 'done' };
  }
  return statuses;
}

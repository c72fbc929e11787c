import { planStepTitles } from '@/domain/plan/plan-fields';
import { navigate } from '@/lib/history';
import { stepOfPointer } from './step-of-pointer';
import { stepPath } from './step-ids';

/** History state a page can leave for a wizard step: the field to focus on arrival. */
export interface FocusRequest {
  readonly focusPointer: string;
}

export function isFocusRequest(state: unknown): state is FocusRequest {
  return typeof state === 'object' && state !== null && 'focusPointer' in state;
}

/** Opens the wizard step that shows the field a JSON Pointer names, and focuses that field. */
export function goToField(pointer: string): void {
  const state: FocusRequest = { focusPointer: pointer };
  navigate(stepPath(stepOfPointer(pointer)), { state });
}

/** The title of the step that shows the field a JSON Pointer names. */
export function stepTitleOfPointer(pointer: string): string {
  return planStepTitles[stepOfPointer(pointer)];
}

import { fieldOf } from '@/domain/plan/plan-fields';
import type { StepId } from './step-ids';

/**
 * Which wizard step shows the field a JSON Pointer names, so that each finding appears on the
 * step (and beside the field) where it can be fixed. The domain's field table decides.
 */
export function stepOfPointer(pointer: string): StepId {
  return fieldOf(pointer).step;
}

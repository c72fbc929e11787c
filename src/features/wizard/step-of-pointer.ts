import type { Finding, Unknown } from '@/domain/engine/types';
import { fieldOf as lookUpField, type FieldInfo, type PlanStep } from '@/domain/plan/plan-fields';
import type { StepId } from './step-ids';

/**
 * The field table's answer per pointer, kept: the stepper asks it for every stated value on every
 * keystroke (hundreds on a large plan), and the answer for a pointer never changes.
 */
const fieldsByPointer = new Map<string, FieldInfo>();

function fieldOf(pointer: string): FieldInfo {
  let field = fieldsByPointer.get(pointer);
  if (field === undefined) {
    field = lookUpField(pointer);
    fieldsByPointer.set(pointer, field);
  }
  return field;
}

/**
 * Which wizard step shows the field a JSON Pointer names, so that each finding appears on the
 * step (and beside the field) where it can be fixed. The domain's field table decides.
 */
export function stepOfPointer(pointer: string): PlanStep {
  return fieldOf(pointer).step;
}

/** Whether a step shows the place a pointer names (its own step, or another that shows it too). */
export function stepShowsPointer(step: StepId, pointer: string): boolean {
  const field = fieldOf(pointer);
  return field.step === step || field.alsoOn === step;
}

/** Every place a finding concerns: its own and the related ones. */
export const pointersOfFinding = (finding: Finding): readonly string[] => [
  finding.path,
  ...(finding.relatedPaths ?? []),
];

/** Whether a step shows one of the places a finding concerns, so the step shows the finding. */
export const findingTouchesStep = (finding: Finding, step: StepId): boolean =>
  pointersOfFinding(finding).some((pointer) => stepShowsPointer(step, pointer));

/** Whether a step asks for one of the places an unknown rule needs. */
export const unknownTouchesStep = (unknown: Unknown, step: StepId): boolean =>
  unknown.paths.some((pointer) => stepShowsPointer(step, pointer));

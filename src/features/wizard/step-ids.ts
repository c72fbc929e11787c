import { planStepTitles, type PlanStep } from '@/domain/plan/plan-fields';

/** The wizard's steps in order; each has its own URL, /plan/<id>. */
export const stepIds = [
  'start',
  'connectivity',
  'basics',
  'network',
  'tls',
  'proxy',
  'keys',
  'operations',
  'review',
  'export',
] as const;

export type StepId = (typeof stepIds)[number];

export function isStepId(text: string): text is StepId {
  return (stepIds as readonly string[]).includes(text);
}

export const stepPath = (id: StepId) => `/plan/${id}`;

/** Whether a step asks for plan values (start, review and export ask for none). */
export function isPlanStep(id: StepId): id is PlanStep {
  return Object.hasOwn(planStepTitles, id);
}

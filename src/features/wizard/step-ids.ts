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

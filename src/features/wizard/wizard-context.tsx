import { createContext, useContext } from 'react';
import type { Finding, Unknown } from '@/domain/engine/types';
import type { Plan } from '@/domain/plan/plan-schema';

/** What every step may need besides the form itself. */
export interface WizardContextValue {
  /** undefined while the rule engine loads. */
  readonly findings: readonly Finding[] | undefined;
  /** What the plan does not say enough to judge yet. */
  readonly unknowns: readonly Unknown[];
  /** Replace the whole plan (new plan, example, import) and go to the first step that needs input. */
  readonly replacePlan: (plan: Plan) => void;
}

export const WizardContext = createContext<WizardContextValue | undefined>(undefined);

export function useWizard(): WizardContextValue {
  const value = useContext(WizardContext);
  if (!value) throw new Error('useWizard is used outside the wizard');
  return value;
}

import { createContext, useContext } from 'react';
import type { Finding, Unknown } from '@/domain/engine/types';
import type { Plan } from '@/domain/plan/plan-schema';
import { useIsCurrentRevision, type PlanRevision } from './hooks/use-plan-snapshot';

/** What every step may need besides the form itself. */
export interface WizardContextValue {
  /** undefined while the rule engine loads. */
  readonly findings: readonly Finding[] | undefined;
  /** What the plan does not say enough to judge yet. */
  readonly unknowns: readonly Unknown[];
  /** The plan as last checked (a frame behind typing at most), for views of the whole plan. */
  readonly plan: Plan;
  /** That plan as the rules read it (no secrets, no refused values); undefined while loading. */
  readonly checkedPlan: Plan | undefined;
  /** The revision of the plan the findings are of, and the form's own. */
  readonly checkedRevision: number;
  readonly revision: PlanRevision;
  /** Replace the whole plan (new plan, example, import) and go to the first step that needs input. */
  readonly replacePlan: (plan: Plan) => void;
}

export const WizardContext = createContext<WizardContextValue | undefined>(undefined);

export function useWizard(): WizardContextValue {
  const value = useContext(WizardContext);
  if (!value) throw new Error('useWizard is used outside the wizard');
  return value;
}

/**
 * Whether the findings are those of the plan the form holds now. Until they are, a verdict would
 * speak of an earlier plan: surfaces that give one say the plan is being checked instead.
 */
export function useFindingsAreCurrent(): boolean {
  const { revision, checkedRevision } = useWizard();
  return useIsCurrentRevision(revision, checkedRevision);
}

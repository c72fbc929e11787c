/**
 * The manual checklist tailored to a plan: each item declares when it applies (its connectivity and
 * the conditions of `ChecklistWhen`); an item stays while the plan does not state the fact it
 * depends on, and is left out, with the reason counted, once the plan says otherwise.
 */
import { checklistConditions } from '../catalogue/coverage/checklist-conditions';
import { checklist as allItems } from '../catalogue/coverage/index';
import type { ChecklistItem, ChecklistWhen } from '../catalogue/coverage/types';
import type { Connectivity, Plan } from '../plan/plan-schema';
import type { ChainAnalysis } from '../tls/chain-types';

export interface ReportChecklistItem {
  readonly id: string;
  readonly text: string;
  readonly sources: readonly string[];
}

/** Items left out for one reason: "3 items: the AWS XKS proxy test client already passed". */
export interface ChecklistLeftOut {
  readonly reason: string;
  readonly count: number;
}

export interface PlanChecklist {
  readonly items: readonly ReportChecklistItem[];
  readonly leftOut: readonly ChecklistLeftOut[];
}

const connectivityNames: Record<Connectivity, string> = {
  PUBLIC_ENDPOINT: 'public endpoint',
  VPC_ENDPOINT_SERVICE: 'VPC endpoint service',
};

/**
 * Why the item does not apply to the plan, or undefined when it does. `chain` is the analysis of
 * the plan's pasted certificate chain, when it has one.
 */
export function checklistItemLeftOutBecause(
  item: ChecklistItem,
  plan: Plan,
  chain?: ChainAnalysis,
): string | undefined {
  const connectivity = plan.keyStore?.XksProxyConnectivity;
  if (item.appliesTo !== 'all' && connectivity !== undefined && item.appliesTo !== connectivity)
    return `only for ${connectivityNames[item.appliesTo]} connectivity`;
  for (const key of Object.keys(item.when ?? {}) as (keyof ChecklistWhen)[]) {
    const reason = checklistConditions[key].leftOutBecause(plan, chain);
    if (reason !== undefined) return reason;
  }
  return undefined;
}

/** The items of the checklist that apply to the plan, and how many were left out for each reason. */
export function checklistForPlan(
  plan: Plan,
  items: readonly ChecklistItem[] = allItems,
  chain?: ChainAnalysis,
): PlanChecklist {
  const kept: ReportChecklistItem[] = [];
  const reasons = new Map<string, number>();
  for (const item of items) {
    const reason = checklistItemLeftOutBecause(item, plan, chain);
    if (reason === undefined) kept.push({ id: item.id, text: item.text, sources: item.sources });
    else reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  return { items: kept, leftOut: [...reasons].map(([reason, count]) => ({ reason, count })) };
}

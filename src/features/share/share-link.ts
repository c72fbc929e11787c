import type { Plan } from '@/domain/plan/plan-schema';

/** The fragment that carries a plan, as `xks-planner link` writes it: `#plan=<token>`. */
export const planFragmentPrefix = '#plan=';
/** Where a link lands: the review of the plan it carries. */
export const shareLinkPath = '/plan/review';

/** The full share link of a plan; the codec loads on first use. */
export async function shareLinkOf(plan: Plan): Promise<string> {
  const { encodePlanLink } = await import('@/domain/share/share-codec');
  return `${window.location.origin}${shareLinkPath}${planFragmentPrefix}${encodePlanLink(plan)}`;
}

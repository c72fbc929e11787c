import type { Plan } from '@/domain/plan/plan-schema';

/** The fragment that carries a plan, as `xks-planner link` writes it: `#plan=<token>`. */
export const planFragmentPrefix = '#plan=';
/** Where a link lands: the review of the plan it carries. */
export const shareLinkPath = '/plan/review';

/** A plan that makes a link too long to open: its message says why, for the user. */
export class LinkTooLongError extends Error {}

/** The full share link of a plan; the codec loads on first use. */
export async function shareLinkOf(plan: Plan): Promise<string> {
  const { encodePlanLink, linkTooLongProblem } = await import('@/domain/share/share-codec');
  const token = encodePlanLink(plan);
  const tooLong = linkTooLongProblem(token);
  if (tooLong !== undefined) throw new LinkTooLongError(tooLong);
  return `${window.location.origin}${shareLinkPath}${planFragmentPrefix}${token}`;
}

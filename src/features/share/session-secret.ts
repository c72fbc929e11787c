/**
 * A proxy secret access key read from an imported file (the console's proxy configuration file, or
 * an old CreateCustomKeyStore request), for the export step's proxy configuration file. It lives
 * in this module's memory only: never in the plan, so never autosaved, put in a link or exported
 * unless the user includes it; a reload forgets it, so the browser asks before the page is left.
 *
 * It is kept with the access key ID it belongs to, and given out only for that ID: after "Generate
 * a new credential" (or any other change of the ID) the old secret must never be exported next to
 * the new ID, a pair the proxy would refuse.
 */
let kept: { readonly secret: string; readonly accessKeyId: string | undefined } | undefined;

/** Leaving the page forgets a kept secret, which the planner holds nowhere else: the browser asks. */
const askBeforeLeaving = (event: BeforeUnloadEvent) => event.preventDefault();

export function keepSessionSecret(secret: string | undefined, accessKeyId?: string): void {
  kept = secret === undefined ? undefined : { secret, accessKeyId };
  if (typeof window === 'undefined') return;
  // Adding the same listener again is a no-op, so there is one however many secrets come in.
  if (kept) window.addEventListener('beforeunload', askBeforeLeaving);
  else window.removeEventListener('beforeunload', askBeforeLeaving);
}

/** The kept secret, if it belongs to `accessKeyId` (the plan's current one). */
export function sessionSecret(accessKeyId: string | undefined): string | undefined {
  return kept !== undefined && kept.accessKeyId === accessKeyId ? kept.secret : undefined;
}

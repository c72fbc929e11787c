import { parsePlan } from '@/domain/plan/parse-plan';
import { planVersion, type Plan } from '@/domain/plan/plan-schema';
import { readSavedPlan, savePlan } from '@/features/wizard/plan-storage';

/**
 * What opening a share link keeps besides the autosaved plan, so that neither plan is lost: the
 * plan a link replaced (set aside, to switch back to), and a link the user chose not to open yet.
 * Both are plans the engine parsed (or a link token to one), so neither ever holds a secret.
 */
export const setAsidePlanKey = 'xks-planner:set-aside-plan:v1';
export const pendingLinkKey = 'xks-planner:pending-link:v1';

export interface SetAsidePlan {
  readonly savedAt: string;
  readonly plan: Plan;
}

export function readSetAsidePlan(storage: Storage): SetAsidePlan | undefined {
  try {
    const stored = JSON.parse(storage.getItem(setAsidePlanKey) ?? 'null') as {
      savedAt?: unknown;
      plan?: { version?: unknown };
    } | null;
    if (!stored?.plan || typeof stored.plan !== 'object' || stored.plan.version !== planVersion) {
      return undefined;
    }
    const { plan } = parsePlan(stored.plan as Record<string, unknown>);
    return { savedAt: String(stored.savedAt), plan };
  } catch {
    return undefined;
  }
}

export function setPlanAside(storage: Storage, plan: Plan, now = new Date()): void {
  const record: SetAsidePlan = { savedAt: now.toISOString(), plan: parsePlan(plan).plan };
  storage.setItem(setAsidePlanKey, JSON.stringify(record));
}

export function forgetSetAsidePlan(storage: Storage): void {
  storage.removeItem(setAsidePlanKey);
}

export function readPendingLink(storage: Storage): string | undefined {
  return storage.getItem(pendingLinkKey) ?? undefined;
}

export function keepPendingLink(storage: Storage, token: string): void {
  storage.setItem(pendingLinkKey, token);
}

export function forgetPendingLink(storage: Storage): void {
  storage.removeItem(pendingLinkKey);
}

/**
 * Makes `plan` the autosaved plan, as a new revision: a wizard mounted afterwards opens it, and
 * other open tabs notice the change (their conflict banner) instead of overwriting it.
 */
export function replaceSavedPlan(storage: Storage, plan: Plan): void {
  const current = readSavedPlan(storage);
  savePlan(
    storage,
    plan,
    { id: 'shared-plan', baseRevision: current?.revision ?? 0 },
    { force: true },
  );
}

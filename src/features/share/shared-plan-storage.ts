import type { Plan } from '@/domain/plan/plan-schema';
import { planVersion } from '@/domain/plan/plan-version';
import { planParser } from '@/features/wizard/plan-parser';
import { storageKeyPrefix } from '@/features/wizard/browser-plans';
import { readSavedPlan, savePlan } from '@/features/wizard/plan-storage';
import { samePlan } from './same-plan';

/**
 * What opening share links keeps besides the autosaved plan, so that no plan is lost: the plans
 * links replaced (set aside, to switch back to), and links the user chose not to open yet. Each is
 * a list, newest first, bounded to `maxKeptEntries`; dropping the oldest is reported to the caller,
 * to be shown. Plans are ones the engine parsed (and links carry parsed plans), so no entry ever
 * holds a secret.
 */
export const setAsidePlansKey = `${storageKeyPrefix}set-aside-plans:v2`;
export const keptLinksKey = `${storageKeyPrefix}kept-links:v2`;
/** The single-entry slots of earlier versions, read once into the lists. */
const oldSetAsidePlanKey = `${storageKeyPrefix}set-aside-plan:v1`;
const oldPendingLinkKey = `${storageKeyPrefix}pending-link:v1`;

export const maxKeptEntries = 20;

/** What the user sees of a kept entry: the plan's name and Region. */
export interface PlanLabel {
  readonly name: string;
  readonly region?: string;
}

export interface SetAsidePlan extends PlanLabel {
  readonly id: string;
  readonly savedAt: string;
  /** Why it was set aside, e.g. "replaced by a shared link". */
  readonly reason: string;
  readonly plan: Plan;
}

export interface KeptLink extends PlanLabel {
  readonly id: string;
  readonly keptAt: string;
  readonly token: string;
}

export function planLabel(plan: Plan): PlanLabel {
  const name = plan.title?.trim() || plan.keyStore?.CustomKeyStoreName?.trim() || 'Untitled plan';
  return { name, ...(plan.region ? { region: plan.region } : {}) };
}

function readList(storage: Storage, key: string): unknown[] {
  try {
    const stored: unknown = JSON.parse(storage.getItem(key) ?? '[]');
    return Array.isArray(stored) ? stored : [];
  } catch {
    return [];
  }
}

/** Whatever was stored, only well-formed plans without secrets come back. */
function readPlan(value: unknown): Plan | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if ((value as { version?: unknown }).version !== planVersion) return undefined;
  return planParser().parsePlan(value as Record<string, unknown>).plan;
}

const newId = (now: Date) =>
  `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Moves the old single slots into the lists, so that nothing kept by an earlier version is lost. */
function migrateOldSlots(storage: Storage): void {
  const oldPlan = storage.getItem(oldSetAsidePlanKey);
  const oldLink = storage.getItem(oldPendingLinkKey);
  // Removed first: the list functions below read the lists, which migrate again.
  storage.removeItem(oldSetAsidePlanKey);
  storage.removeItem(oldPendingLinkKey);
  if (oldPlan !== null) {
    try {
      const { savedAt, plan } = JSON.parse(oldPlan) as { savedAt?: unknown; plan?: unknown };
      const parsed = readPlan(plan);
      const when = new Date(String(savedAt));
      const at = Number.isNaN(when.getTime()) ? new Date() : when;
      if (parsed) setPlanAside(storage, parsed, 'replaced by a shared link', at);
    } catch {
      // An unreadable slot holds nothing to keep.
    }
  }
  if (oldLink !== null) {
    const now = new Date();
    const entry = {
      id: newId(now),
      keptAt: now.toISOString(),
      token: oldLink,
      name: 'Shared plan',
    };
    writeList(storage, keptLinksKey, [entry, ...readKeptLinks(storage)]);
  }
}

function writeList(storage: Storage, key: string, list: readonly object[]): void {
  storage.setItem(key, JSON.stringify(list));
}

export function readSetAsidePlans(storage: Storage): SetAsidePlan[] {
  migrateOldSlots(storage);
  return readList(storage, setAsidePlansKey).flatMap((entry) => {
    const { id, savedAt, reason, plan } = (entry ?? {}) as Record<string, unknown>;
    const parsed = readPlan(plan);
    if (!parsed || typeof id !== 'string') return [];
    return [
      { id, savedAt: String(savedAt), reason: String(reason), plan: parsed, ...planLabel(parsed) },
    ];
  });
}

export function readKeptLinks(storage: Storage): KeptLink[] {
  migrateOldSlots(storage);
  return readList(storage, keptLinksKey).flatMap((entry) => {
    const { id, keptAt, token, name, region } = (entry ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string' || typeof token !== 'string') return [];
    return [
      {
        id,
        keptAt: String(keptAt),
        token,
        name: typeof name === 'string' ? name : 'Shared plan',
        ...(typeof region === 'string' ? { region } : {}),
      },
    ];
  });
}

/** Adds `entry` first, dropping the oldest beyond the bound; returns what was dropped. */
function addBounded<Entry extends object>(
  list: Entry[],
  entry: Entry,
): { list: Entry[]; dropped: Entry[] } {
  const all = [entry, ...list];
  return { list: all.slice(0, maxKeptEntries), dropped: all.slice(maxKeptEntries) };
}

/**
 * Sets `plan` aside (newest first). The same plan set aside before moves to the top instead of
 * being kept twice. Returns the entries dropped to stay within `maxKeptEntries`.
 */
export function setPlanAside(
  storage: Storage,
  plan: Plan,
  reason: string,
  now = new Date(),
): SetAsidePlan[] {
  const parsed = planParser().parsePlan(plan).plan;
  const others = readSetAsidePlans(storage).filter((entry) => !samePlan(entry.plan, parsed));
  const entry: SetAsidePlan = {
    id: newId(now),
    savedAt: now.toISOString(),
    reason,
    plan: parsed,
    ...planLabel(parsed),
  };
  const { list, dropped } = addBounded(others, entry);
  writeList(
    storage,
    setAsidePlansKey,
    list.map(({ id, savedAt, reason: why, plan: kept }) => ({
      id,
      savedAt,
      reason: why,
      plan: kept,
    })),
  );
  return dropped;
}

export function forgetSetAsidePlan(storage: Storage, id: string): void {
  const list = readSetAsidePlans(storage).filter((entry) => entry.id !== id);
  writeList(
    storage,
    setAsidePlansKey,
    list.map(({ id: key, savedAt, reason, plan }) => ({ id: key, savedAt, reason, plan })),
  );
}

/** Keeps a link not opened now (once per token); returns the links dropped to stay within bounds. */
export function keepLink(
  storage: Storage,
  token: string,
  plan: Plan,
  now = new Date(),
): KeptLink[] {
  const others = readKeptLinks(storage).filter((entry) => entry.token !== token);
  const { list, dropped } = addBounded(others, {
    id: newId(now),
    keptAt: now.toISOString(),
    token,
    ...planLabel(plan),
  });
  writeList(storage, keptLinksKey, list);
  return dropped;
}

export function forgetKeptLink(storage: Storage, id: string): void {
  writeList(
    storage,
    keptLinksKey,
    readKeptLinks(storage).filter((entry) => entry.id !== id),
  );
}

export function forgetKeptToken(storage: Storage, token: string): void {
  writeList(
    storage,
    keptLinksKey,
    readKeptLinks(storage).filter((entry) => entry.token !== token),
  );
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

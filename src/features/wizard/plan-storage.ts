import type { Plan } from '@/domain/plan/plan-schema';
import { planVersion } from '@/domain/plan/plan-version';
import { storageKeyPrefix } from './browser-plans';
import { planParser } from './plan-parser';

/**
 * The autosaved plan in localStorage. Every save carries a revision, so that a tab notices when
 * another tab saved since it last loaded or saved, instead of silently overwriting that work.
 */
export const storageKey = `${storageKeyPrefix}plan:v1`;

export interface SavedPlan {
  readonly revision: number;
  /** The tab that saved it. */
  readonly tabId: string;
  readonly savedAt: string;
  readonly plan: Plan;
}

export const emptyPlan: Plan = { version: planVersion };

/**
 * The record this page last read from or wrote to each storage. Saving runs on every keystroke:
 * while the stored text is still that record, its revision and tab are known without parsing the
 * plan again (on a large plan, that parse alone took a frame's time).
 */
const lastKnown = new WeakMap<Storage, { text: string; revision: number; tabId: string }>();

/**
 * The saved plan, or undefined when there is none or it cannot be read (then it is ignored).
 * When there is one, the plan parser must have loaded (loadPlanParser).
 */
export function readSavedPlan(storage: Storage): SavedPlan | undefined {
  const text = storage.getItem(storageKey);
  if (text === null) return undefined;
  const { parsePlan } = planParser();
  try {
    const saved = JSON.parse(text) as Partial<SavedPlan> | null;
    if (
      !saved ||
      typeof saved.revision !== 'number' ||
      typeof saved.tabId !== 'string' ||
      typeof saved.plan !== 'object' ||
      saved.plan === null ||
      (saved.plan as { version?: unknown }).version !== planVersion
    ) {
      return undefined;
    }
    // Whatever was stored, only a well-formed plan without secrets comes back.
    const { plan } = parsePlan(saved.plan as Record<string, unknown>);
    lastKnown.set(storage, { text, revision: saved.revision, tabId: saved.tabId });
    return { revision: saved.revision, tabId: saved.tabId, savedAt: String(saved.savedAt), plan };
  } catch {
    return undefined;
  }
}

export type SaveOutcome =
  | { readonly saved: true; readonly revision: number }
  | { readonly saved: false; readonly newer: SavedPlan };

/**
 * Whether saving to `storage` must read a stored plan, which needs the plan parser: not while
 * nothing is stored (a new plan's first saves) or the stored text is what this page last read or
 * wrote.
 */
export function savingReadsStoredPlan(storage: Storage): boolean {
  const text = storage.getItem(storageKey);
  return text !== null && text !== lastKnown.get(storage)?.text;
}

/** The stored plan's revision and tab, as readSavedPlan would give them. */
function currentRecord(storage: Storage): Pick<SavedPlan, 'revision' | 'tabId'> | undefined {
  const known = lastKnown.get(storage);
  if (known !== undefined && storage.getItem(storageKey) === known.text) return known;
  return readSavedPlan(storage);
}

function savedByAnotherTabSince(
  record: Pick<SavedPlan, 'revision' | 'tabId'>,
  tab: { id: string; baseRevision: number },
): boolean {
  return record.revision !== tab.baseRevision && record.tabId !== tab.id;
}

/**
 * The stored plan when another tab saved it since `tab` last loaded or saved (its base revision),
 * else undefined. The plan parser must have loaded.
 */
export function planSavedByAnotherTab(
  storage: Storage,
  tab: { id: string; baseRevision: number },
): SavedPlan | undefined {
  const saved = readSavedPlan(storage);
  return saved && savedByAnotherTabSince(saved, tab) ? saved : undefined;
}

/**
 * Saves `plan` if nobody else saved since `baseRevision`; otherwise returns the newer plan and
 * leaves it in place. `force` overwrites it (the user chose to keep this tab's plan).
 */
export function savePlan(
  storage: Storage,
  plan: Plan,
  tab: { id: string; baseRevision: number },
  options: { force?: boolean; now?: Date } = {},
): SaveOutcome {
  const current = currentRecord(storage);
  if (current && savedByAnotherTabSince(current, tab) && !options.force) {
    // The whole record, for the user to choose from: read only now, as conflicts are rare.
    const newer = readSavedPlan(storage);
    if (newer) return { saved: false, newer };
  }
  const revision = Math.max(current?.revision ?? 0, tab.baseRevision) + 1;
  const record: SavedPlan = {
    revision,
    tabId: tab.id,
    savedAt: (options.now ?? new Date()).toISOString(),
    plan,
  };
  const text = JSON.stringify(record);
  storage.setItem(storageKey, text);
  // readSavedPlan ignores a record of another plan version; so does the shortcut.
  if (plan.version === planVersion) lastKnown.set(storage, { text, revision, tabId: tab.id });
  else lastKnown.delete(storage);
  return { saved: true, revision };
}

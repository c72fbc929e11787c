import { beforeAll, describe, expect, it, vi } from 'vitest';
import { findExample } from '@/domain/plan/examples';
import { loadPlanParser } from './plan-parser';
import {
  planSavedByAnotherTab,
  readSavedPlan,
  savePlan,
  savingReadsStoredPlan,
  storageKey,
} from './plan-storage';

// The app loads the parser before it reads a saved plan (main.tsx).
beforeAll(() => loadPlanParser());

/** The Storage interface over a Map: what localStorage does, for Node. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const plan = findExample('public-endpoint-ready')!.document;

describe('plan storage', () => {
  it('saves and restores a plan with increasing revisions', () => {
    const storage = memoryStorage();
    const first = savePlan(storage, plan, { id: 'tab-a', baseRevision: 0 });
    expect(first).toEqual({ saved: true, revision: 1 });
    const second = savePlan(storage, plan, { id: 'tab-a', baseRevision: 1 });
    expect(second).toEqual({ saved: true, revision: 2 });
    expect(readSavedPlan(storage)?.plan.keyStore?.CustomKeyStoreName).toBe('finance-xks');
  });

  it('notices a record another tab wrote over the one it saved last', () => {
    const storage = memoryStorage();
    savePlan(storage, plan, { id: 'tab-a', baseRevision: 0 });
    const theirs = { revision: 7, tabId: 'tab-b', savedAt: '2026-12-01T00:00:00.000Z', plan };
    storage.setItem(storageKey, JSON.stringify(theirs));
    const outcome = savePlan(storage, plan, { id: 'tab-a', baseRevision: 1 });
    expect(!outcome.saved && outcome.newer.revision).toBe(7);
    expect(savePlan(storage, plan, { id: 'tab-a', baseRevision: 7 })).toEqual({
      saved: true,
      revision: 8,
    });
  });

  it('saves after reading the stored plan without parsing it again', () => {
    const storage = memoryStorage();
    const stored = { revision: 4, tabId: 'tab-b', savedAt: '2026-12-01T00:00:00.000Z', plan };
    storage.setItem(storageKey, JSON.stringify(stored));
    expect(readSavedPlan(storage)?.revision).toBe(4);
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(savePlan(storage, plan, { id: 'tab-a', baseRevision: 4 })).toEqual({
        saved: true,
        revision: 5,
      });
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('needs to read a stored plan only when another page wrote what is stored', () => {
    const storage = memoryStorage();
    // A new plan: nothing stored, so the first saves need no parser and are made at once.
    expect(savingReadsStoredPlan(storage)).toBe(false);
    savePlan(storage, plan, { id: 'tab-a', baseRevision: 0 });
    expect(savingReadsStoredPlan(storage)).toBe(false);
    const theirs = { revision: 7, tabId: 'tab-b', savedAt: '2026-12-01T00:00:00.000Z', plan };
    storage.setItem(storageKey, JSON.stringify(theirs));
    expect(savingReadsStoredPlan(storage)).toBe(true);
    readSavedPlan(storage);
    expect(savingReadsStoredPlan(storage)).toBe(false);
  });

  it('finds the plan another tab saved since this tab last loaded or saved, and only that', () => {
    const storage = memoryStorage();
    const tabA = { id: 'tab-a', baseRevision: 0 };
    expect(planSavedByAnotherTab(storage, tabA)).toBeUndefined();
    tabA.baseRevision = (savePlan(storage, plan, tabA) as { revision: number }).revision;
    expect(planSavedByAnotherTab(storage, tabA)).toBeUndefined();
    savePlan(storage, { ...plan, title: 'changed in tab B' }, { id: 'tab-b', baseRevision: 1 });
    expect(planSavedByAnotherTab(storage, tabA)?.plan.title).toBe('changed in tab B');
    // Once tab A has loaded it, that plan is no longer news.
    expect(planSavedByAnotherTab(storage, { id: 'tab-a', baseRevision: 2 })).toBeUndefined();
  });

  it('refuses to overwrite what another tab saved since, unless told to', () => {
    const storage = memoryStorage();
    savePlan(storage, plan, { id: 'tab-a', baseRevision: 0 });
    const theirs = { ...plan, title: 'changed in tab B' };
    savePlan(storage, theirs, { id: 'tab-b', baseRevision: 1 });
    const outcome = savePlan(storage, plan, { id: 'tab-a', baseRevision: 1 });
    expect(outcome.saved).toBe(false);
    expect(!outcome.saved && outcome.newer.plan.title).toBe('changed in tab B');
    expect(readSavedPlan(storage)?.plan.title).toBe('changed in tab B');
    const forced = savePlan(storage, plan, { id: 'tab-a', baseRevision: 1 }, { force: true });
    expect(forced).toEqual({ saved: true, revision: 3 });
  });

  it('ignores unreadable data and strips secrets from what it restores', () => {
    const storage = memoryStorage();
    storage.setItem(storageKey, '{not json');
    expect(readSavedPlan(storage)).toBeUndefined();
    storage.setItem(storageKey, JSON.stringify({ revision: 1, tabId: 'x', plan: { version: 9 } }));
    expect(readSavedPlan(storage)).toBeUndefined();
    storage.setItem(
      storageKey,
      JSON.stringify({
        revision: 1,
        tabId: 'x',
        savedAt: 'now',
        plan: {
          version: 1,
          keyStore: { XksProxyAuthenticationCredential: { RawSecretAccessKey: 'S' } },
        },
      }),
    );
    expect(JSON.stringify(readSavedPlan(storage))).not.toContain('RawSecretAccessKey');
  });
});

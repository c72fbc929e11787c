import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '@/domain/plan/plan-schema';
import { loadPlanParser } from '@/features/wizard/plan-parser';
import {
  forgetSetAsidePlan,
  keepLink,
  keptLinksKey,
  maxKeptEntries,
  readKeptLinks,
  readSetAsidePlans,
  setPlanAside,
} from './shared-plan-storage';

// The app loads the parser before it reads stored plans (main.tsx).
beforeAll(() => loadPlanParser());

/** localStorage's interface over a Map. */
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
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

const plan = (title: string): Plan => ({ version: 1, title, region: 'eu-west-1' });

describe('set-aside plans and kept links', () => {
  it('keeps every plan set aside, newest first, with its name, Region and why', () => {
    const storage = memoryStorage();
    setPlanAside(storage, plan('P0-my-own-work'), 'replaced by a shared link');
    setPlanAside(storage, plan('Example A'), 'replaced by a shared link');
    expect(readSetAsidePlans(storage).map((entry) => [entry.name, entry.region])).toEqual([
      ['Example A', 'eu-west-1'],
      ['P0-my-own-work', 'eu-west-1'],
    ]);
  });

  it('keeps every link not opened', () => {
    const storage = memoryStorage();
    keepLink(storage, '2.first', plan('A'));
    keepLink(storage, '2.second', plan('B'));
    expect(readKeptLinks(storage).map((link) => link.token)).toEqual(['2.second', '2.first']);
  });

  it('drops only the oldest beyond the bound, and says which', () => {
    const storage = memoryStorage();
    for (let index = 0; index < maxKeptEntries; index++) {
      expect(setPlanAside(storage, plan(`Plan ${index}`), 'test')).toEqual([]);
    }
    const dropped = setPlanAside(storage, plan('One more'), 'test');
    expect(dropped.map((entry) => entry.name)).toEqual(['Plan 0']);
    expect(readSetAsidePlans(storage)).toHaveLength(maxKeptEntries);
  });

  it('deletes one entry and keeps the others', () => {
    const storage = memoryStorage();
    setPlanAside(storage, plan('Keep'), 'test');
    setPlanAside(storage, plan('Delete'), 'test');
    forgetSetAsidePlan(storage, readSetAsidePlans(storage)[0]!.id);
    expect(readSetAsidePlans(storage).map((entry) => entry.name)).toEqual(['Keep']);
  });

  it('moves the single slots of earlier versions into the lists', () => {
    const storage = memoryStorage();
    storage.setItem(
      'xks-planner:set-aside-plan:v1',
      JSON.stringify({ savedAt: '2026-11-01T10:00:00Z', plan: plan('Old set-aside') }),
    );
    storage.setItem('xks-planner:pending-link:v1', '1.old-token');
    expect(readSetAsidePlans(storage).map((entry) => entry.name)).toEqual(['Old set-aside']);
    expect(readKeptLinks(storage).map((link) => link.token)).toEqual(['1.old-token']);
    expect(storage.getItem('xks-planner:set-aside-plan:v1')).toBeNull();
    expect(JSON.parse(storage.getItem(keptLinksKey)!)).toHaveLength(1);
  });
});

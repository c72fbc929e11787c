import { describe, expect, it } from 'vitest';
import type { Finding, Unknown } from '@/domain/engine/types';
import { FieldFindingsStore } from './field-findings-context';

function finding(path: string, message: string, relatedPaths?: readonly string[]): Finding {
  return {
    ruleId: 'plan-schema',
    severity: 'error',
    path,
    ...(relatedPaths ? { relatedPaths } : {}),
    messageId: 'refused',
    message,
    fix: 'Write a number.',
    sources: [],
  };
}

const unknown: Unknown = {
  ruleId: 'region-supports-xks',
  severity: 'error',
  title: 'The Region supports external key stores',
  paths: ['/region'],
  message: 'Say which Region the key store is in.',
};

// A new check returns new objects even where nothing changed (the findings are plain data).
const copy = <Entry>(entries: readonly Entry[]) => structuredClone(entries) as Entry[];

const findings = [
  finding('/traffic/peakRequestsPerSecond', 'Write a number, not “a”'),
  finding('/vpc/subnets/0/cidrBlock', 'Overlaps', ['/vpc/subnets/1/cidrBlock']),
];

function shown(entries: readonly Finding[], unknowns: readonly Unknown[]) {
  const store = new FieldFindingsStore();
  store.show(entries, unknowns);
  return store;
}

describe('FieldFindingsStore', () => {
  it('finds a finding at its place and at its related places, and inside a list', () => {
    const index = shown(findings, [unknown]).current();
    expect(index.at('/traffic/peakRequestsPerSecond')).toEqual([findings[0]]);
    expect(index.at('/vpc/subnets/1/cidrBlock')).toEqual([findings[1]]);
    expect(index.within('/vpc/subnets')).toEqual([findings[1]]);
    expect(index.within('/vpc/subnet')).toEqual([]);
    expect(index.unknownsAt('/region')).toEqual([unknown]);
    expect(index.at('/region')).toEqual([]);
  });

  it('answers the same list each time a place is asked', () => {
    const index = shown(findings, [unknown]).current();
    expect(index.within('/vpc')).toBe(index.within('/vpc'));
    expect(index.at('/nowhere')).toBe(index.at('/elsewhere'));
  });

  it("keeps a place's list from the check shown before when its entries are the same", () => {
    const store = shown(findings, [unknown]);
    const before = store.current();
    // What the fields read before the next check is shown.
    const read = {
      at: before.at('/vpc/subnets/0/cidrBlock'),
      within: before.within('/vpc/subnets'),
      unknowns: before.unknownsAt('/region'),
      typed: before.at('/traffic/peakRequestsPerSecond'),
    };
    const changed = [finding('/traffic/peakRequestsPerSecond', 'Write a number, not “ab”')];
    store.show([...changed, ...copy(findings.slice(1))], copy([unknown]));
    const after = store.current();

    expect(after.at('/vpc/subnets/0/cidrBlock')).toBe(read.at);
    expect(after.within('/vpc/subnets')).toBe(read.within);
    expect(after.unknownsAt('/region')).toBe(read.unknowns);
    expect(after.at('/traffic/peakRequestsPerSecond')).not.toBe(read.typed);
    expect(after.at('/traffic/peakRequestsPerSecond')).toEqual(changed);
  });

  it('gives a new list where a finding was added or removed', () => {
    const store = shown(findings, []);
    const within = store.current().within('/vpc');
    store.show(copy(findings.slice(1)), []);
    expect(store.current().at('/traffic/peakRequestsPerSecond')).toEqual([]);
    expect(store.current().within('/vpc')).toBe(within);

    store.show(copy(findings), []);
    expect(store.current().at('/traffic/peakRequestsPerSecond')).toEqual([findings[0]]);
    store.show([], []);
    expect(store.current().within('/vpc')).toEqual([]);
  });

  it('tells its subscribers of each check shown, until they unsubscribe', () => {
    const store = new FieldFindingsStore();
    const heard: number[] = [];
    const unsubscribe = store.subscribe(() => heard.push(store.current().at('/region').length));
    expect(store.current().at('/region')).toEqual([]);

    store.show([finding('/region', 'Not a Region')], []);
    unsubscribe();
    store.show([], []);

    expect(heard).toEqual([1]);
    expect(store.current().at('/region')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Finding, Unknown } from '@/domain/engine/types';
import { fieldFindingsOf, FieldFindingsStore } from './field-findings-context';

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

describe('fieldFindingsOf', () => {
  const findings = [
    finding('/traffic/peakRequestsPerSecond', 'Write a number, not “a”'),
    finding('/vpc/subnets/0/cidrBlock', 'Overlaps', ['/vpc/subnets/1/cidrBlock']),
  ];

  it('finds a finding at its place and at its related places, and inside a list', () => {
    const index = fieldFindingsOf(findings, [unknown]);
    expect(index.at('/traffic/peakRequestsPerSecond')).toEqual([findings[0]]);
    expect(index.at('/vpc/subnets/1/cidrBlock')).toEqual([findings[1]]);
    expect(index.within('/vpc/subnets')).toEqual([findings[1]]);
    expect(index.within('/vpc/subnet')).toEqual([]);
    expect(index.unknownsAt('/region')).toEqual([unknown]);
    expect(index.at('/region')).toEqual([]);
  });

  it('answers the same list each time a place is asked', () => {
    const index = fieldFindingsOf(findings, [unknown]);
    expect(index.within('/vpc')).toBe(index.within('/vpc'));
    expect(index.at('/nowhere')).toBe(index.at('/elsewhere'));
  });

  it("keeps a place's list from the previous check when its findings are the same", () => {
    const before = fieldFindingsOf(findings, [unknown]);
    const changed = [finding('/traffic/peakRequestsPerSecond', 'Write a number, not “ab”')];
    const after = fieldFindingsOf(
      [...changed, ...copy(findings.slice(1))],
      copy([unknown]),
      before,
    );

    expect(after.at('/vpc/subnets/0/cidrBlock')).toBe(before.at('/vpc/subnets/0/cidrBlock'));
    expect(after.within('/vpc/subnets')).toBe(before.within('/vpc/subnets'));
    expect(after.unknownsAt('/region')).toBe(before.unknownsAt('/region'));
    expect(after.at('/traffic/peakRequestsPerSecond')).not.toBe(
      before.at('/traffic/peakRequestsPerSecond'),
    );
    expect(after.at('/traffic/peakRequestsPerSecond')).toEqual(changed);
  });

  it('gives a new list where a finding was added or removed', () => {
    const before = fieldFindingsOf(findings, []);
    const after = fieldFindingsOf(copy(findings.slice(1)), [], before);
    expect(after.at('/traffic/peakRequestsPerSecond')).toEqual([]);
    expect(after.within('/vpc')).toBe(before.within('/vpc'));
    const again = fieldFindingsOf(copy(findings), [], after);
    expect(again.at('/traffic/peakRequestsPerSecond')).toEqual([findings[0]]);
  });
});

describe('FieldFindingsStore', () => {
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

import { describe, expect, it } from 'vitest';
import { exampleDocuments } from '../plan/examples';
import type { Plan } from '../plan/plan-schema';
import { buildLatencySection } from './latency-section';

function rowOf(plan: Plan, label: string) {
  const row = buildLatencySection(plan).rows.find((candidate) => candidate.label === label);
  if (!row) throw new Error(`no row "${label}"`);
  return row;
}

describe('the fleet rows of the latency section', () => {
  it('say that a fleet the plan does not list is not known yet, never a single instance', () => {
    const draft = exampleDocuments['vpc-endpoint-service-draft'];
    for (const [label, component] of [
      ['Proxy fleet', 'proxy'],
      ['Key manager fleet', 'key manager'],
    ] as const) {
      const row = rowOf(draft, label);
      expect(row.value).toBe('no instances listed');
      expect(row.note).toBe(`Not known yet: list the ${component} instances to judge the fleet.`);
    }
  });

  it('count one instance in the singular and say that losing it stops the store', () => {
    const mistakes = exampleDocuments['plan-with-mistakes'];
    const row = rowOf(mistakes, 'Proxy fleet');
    expect(row.value).toMatch(/^1 instance, /);
    expect(row.note).toBe('A single instance: losing it stops the key store.');
  });

  it('count several instances and judge the loss of one against the peak', () => {
    const ready = exampleDocuments['vpc-endpoint-service-ready'];
    const row = rowOf(ready, 'Proxy fleet');
    expect(row.value).toMatch(/^\d+ instances, /);
    expect(row.note).toMatch(/^After losing one: \d+ left/);
  });
});

describe('the fleet row after losing one instance of two', () => {
  it('speaks of the one left in the singular', () => {
    const ready = exampleDocuments['public-endpoint-ready'];
    const twoProxies = {
      ...ready,
      proxy: { ...ready.proxy, instances: ready.proxy!.instances!.slice(0, 2) },
    };
    expect(rowOf(twoProxies, 'Proxy fleet').note).toMatch(
      /^After losing one: 1 left, it (carries|does NOT carry) the peak\.$/,
    );
    const unknownPeak = {
      ...twoProxies,
      traffic: { ...twoProxies.traffic, peakRequestsPerSecond: undefined },
    };
    expect(rowOf(unknownPeak, 'Proxy fleet').note).toBe(
      'After losing one: 1 left; whether it carries the peak is unknown.',
    );
  });
});

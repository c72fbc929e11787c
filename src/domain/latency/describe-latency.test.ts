import { describe, expect, it } from 'vitest';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import { describeLatency } from './describe-latency';
import { assessLatencyAndCapacity } from './latency-and-capacity';

const textOf = (lines: ReturnType<typeof describeLatency>, label: string) =>
  lines.find((line) => line.label === label)?.text;

describe('describeLatency', () => {
  it('says in words what was measured, what fits, and what the fleets carry', () => {
    const lines = describeLatency(
      assessLatencyAndCapacity(findExample('public-endpoint-ready')!.document),
    );
    expect(textOf(lines, 'AWS Region to proxy')).toMatch(
      /^12 ms measured; the distance estimate is 1\.0 ms to 2\.0 ms for 0 km/,
    );
    expect(textOf(lines, 'Network round trip')).toBe(
      '13 ms from the Region to the key manager: within the 35 ms AWS asks for',
    );
    expect(textOf(lines, 'One proxy call')).toContain('fits in the 250 ms KMS waits');
    expect(textOf(lines, 'One proxy call')).toContain('up to 500 ms');
    expect(textOf(lines, 'Closest Regions with external key stores to the proxy')).toMatch(
      /^eu-west-1 \(Europe \(Ireland\)\), about 2\.0 ms; eu-west-2/,
    );
    expect(textOf(lines, 'Peak traffic')).toBe(
      '400 requests/s, 22% of the 1800 requests/s one store may receive',
    );
    expect(textOf(lines, 'Proxy fleet')).toBe(
      '2 instances; 2400 requests/s in all (about 1200 requests/s each); each carries about 200 requests/s at the peak; with one lost, the other instance still carries the peak',
    );
  });

  it('says what is missing and what falls short', () => {
    const plan = withPlan(findExample('plan-with-mistakes')!.document, {
      proxy: { maxRequestsPerSecond: 4000, instances: [{ id: 'a' }, { id: 'b' }] },
    });
    const lines = describeLatency(assessLatencyAndCapacity(plan));
    expect(textOf(lines, 'Proxy to key manager')).toBe(
      'not measured and not estimated: the proxy site (city or coordinates) is not stated',
    );
    expect(textOf(lines, 'Peak traffic')).toContain('above the quota, the excess is throttled');
    expect(textOf(lines, 'Proxy fleet')).toContain('less than the peak of 2500 requests/s');
    expect(textOf(lines, 'Key manager')).toBe(
      '1 instance; each carries about 2500 requests/s at the peak; losing the only instance stops every request',
    );
  });

  it('never calls a round trip with a leg missing within the limits', () => {
    const lines = describeLatency(
      assessLatencyAndCapacity(findExample('vpc-endpoint-service-draft')!.document),
    );
    expect(textOf(lines, 'Network round trip')).toBe(
      'not known yet: a leg is neither measured nor estimated, so it cannot be judged against the 35 ms AWS asks for',
    );
    expect(textOf(lines, 'One proxy call')).toMatch(
      /^not known yet \(network; some parts not known yet\): cannot be judged against the 250 ms KMS waits/,
    );
    expect(lines.map((line) => line.text).join('\n')).not.toMatch(/within|fits in/);
  });
});

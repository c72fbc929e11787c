/**
 * A plan's observations (its `observed` section, from a probe result: observations.ts) as the
 * rules judge them, where the served chain replaces the pasted one and the measured round trip is
 * used where the plan has no measurement of its own, and as pages describe them.
 */
import { counted } from '../check/verdict';
import type { Observed, Plan } from '../plan/plan-schema';

/**
 * The plan the rules judge: the chain the server served beats the pasted one, and the measured
 * median round trip fills in traffic.roundTripMs when the plan gives none (it beats the estimate).
 */
export function withObservations(plan: Plan): Plan {
  const observed = plan.observed;
  if (!observed) return plan;
  const chainPem = observed.tls?.chainPem;
  const p50 = observed.latency?.p50Ms;
  return {
    ...plan,
    ...(chainPem !== undefined && { tls: { ...plan.tls, certificateChainPem: chainPem } }),
    ...(p50 !== undefined &&
      plan.traffic?.roundTripMs === undefined && {
        traffic: { ...plan.traffic, roundTripMs: p50 },
      }),
  };
}

/** "Measured on 2026-12-05 10:15 UTC from bastion-1", and what the probe found, in words. */
export function describeObservations(observed: Observed): {
  readonly headline: string;
  readonly detail: string;
} {
  const at = new Date(observed.measuredAt);
  const when = Number.isNaN(at.getTime())
    ? observed.measuredAt
    : `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const count = (status: string) => observed.checks.filter((c) => c.status === status).length;
  const failedIds = observed.checks.filter((c) => c.status === 'fail').map((c) => c.id);
  const latency = observed.latency
    ? `; round trip p50 ${observed.latency.p50Ms} ms, p99 ${observed.latency.p99Ms} ms`
    : '';
  return {
    headline: `Measured on ${when} from ${observed.measuredFrom}`,
    detail:
      (observed.checks.length === 0
        ? 'No probe checks recorded'
        : `${counted(count('pass'), 'probe check')} passed, ${count('fail')} failed` +
          (failedIds.length > 0 ? ` (${[...new Set(failedIds)].join(', ')})` : '') +
          (count('skip') > 0 ? `, ${count('skip')} skipped` : '')) +
      latency +
      '.',
  };
}

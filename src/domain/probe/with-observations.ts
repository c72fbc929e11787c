/**
 * The plan as the rules judge it once a probe's observations exist: the served chain replaces the
 * pasted one, and the measured round trip is used where the plan has no measurement of its own.
 */
import type { Plan } from '../plan/plan-schema';

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

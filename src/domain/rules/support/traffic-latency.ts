/** The latency budget of a KMS call to the external key store proxy, and the plan's share of it. */
import type { Plan } from '../../plan/plan-schema';

/** AWS's target for the round trip between the AWS Region and the external key manager. */
export const roundTripTargetMs = 35;

/** How long KMS waits for each proxy call before it fails the request. */
export const proxyTimeoutMs = 250;

/**
 * The least network time one proxy call can take by the plan's measurements: one round trip from
 * the Region to the proxy plus at least one from the proxy to the key manager (legs not stated
 * count as 0).
 */
export function measuredCallLatencyMs(traffic: Plan['traffic']): number {
  return (traffic?.roundTripMs ?? 0) + (traffic?.proxyToKeyManagerMs ?? 0);
}

/** True when every proxy call must time out, so the timeout rule speaks and the others stay quiet. */
export function exceedsProxyTimeout(traffic: Plan['traffic']): boolean {
  return measuredCallLatencyMs(traffic) >= proxyTimeoutMs;
}

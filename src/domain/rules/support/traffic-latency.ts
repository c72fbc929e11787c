/** The latency budget of a KMS call to the external key store proxy, and the plan's share of it. */
import { proxyTimeoutMs } from '../../latency/latency-and-capacity';
import type { Plan } from '../../plan/plan-schema';

export { proxyTimeoutMs, roundTripTargetMs } from '../../latency/latency-and-capacity';

/** The time the proxy and the key manager themselves add to a call, when the plan states it. */
export function processingMs(traffic: Plan['traffic']): number {
  return (traffic?.proxyProcessingMs ?? 0) + (traffic?.keyManagerOperationMs ?? 0);
}

/**
 * The least time one proxy call can take by the plan's measurements: one round trip from the
 * Region to the proxy, at least one from the proxy to the key manager, and the time the proxy and
 * key manager take (parts not stated count as 0).
 */
export function measuredCallLatencyMs(traffic: Plan['traffic']): number {
  return (traffic?.roundTripMs ?? 0) + (traffic?.proxyToKeyManagerMs ?? 0) + processingMs(traffic);
}

/** True when every proxy call must time out, so the timeout rule speaks and the others stay quiet. */
export function exceedsProxyTimeout(traffic: Plan['traffic']): boolean {
  return measuredCallLatencyMs(traffic) >= proxyTimeoutMs;
}

/** Where the latency estimate finds the Region, the proxy and the key manager (rules' `reads`). */
export const placeReads = [
  '/region',
  '/proxy/location',
  '/proxy/site',
  '/proxy/instances/*/location',
  '/externalKeyManager/site',
  '/externalKeyManager/instances/*/location',
] as const;

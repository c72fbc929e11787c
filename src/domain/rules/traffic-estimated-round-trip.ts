import { defineRule } from '../engine/define-rule';
import {
  assessLatencyAndCapacity,
  fibreSpeedSource,
  pathFactorSource,
  type LegAssessment,
} from '../latency/latency-and-capacity';
import type { Plan } from '../plan/plan-schema';
import { guide, proxyApiSpec } from './support/sources';
import {
  exceedsProxyTimeout,
  placeReads,
  proxyTimeoutMs,
  roundTripTargetMs,
} from './support/traffic-latency';

const msOf = (value: number) => Math.round(value);

/** What each leg contributes, for the message: "12 ms measured" or "about 40 ms estimated". */
function describeLeg(leg: LegAssessment): string {
  if (leg.basis === 'measured') return `${msOf(leg.usedMs!)} ms measured`;
  if (leg.basis === 'estimated')
    return `about ${msOf(leg.usedMs!)} ms estimated for ${msOf(leg.estimate!.distanceKm)} km (${leg.estimate!.from.label} to ${leg.estimate!.to.label})`;
  return 'not known';
}

export default defineRule<
  Plan,
  'floor-over-target' | 'estimate-over-target' | 'estimate-over-timeout'
>({
  id: 'traffic-estimated-round-trip',
  target: 'plan',
  severity: 'warning',
  title: 'The estimated round trip fits the 35 ms advice and the 250 ms timeout',
  description:
    'Until the round trips are measured, the planner estimates them from where the AWS Region, the proxy and the key manager are: the great-circle distance at the speed of light in fibre (about 200 km per ms one way) gives a floor no network can beat, and twice that floor is what real paths typically take. AWS asks for at most 35 ms between the Region and the key manager, and KMS fails each proxy call after 250 ms. Measured values (traffic.roundTripMs, traffic.proxyToKeyManagerMs) replace the estimate, and then the measured-latency rules judge them.',
  messages: {
    'floor-over-target': {
      message:
        'Even at the speed of light in fibre along the shortest path, the round trip from the AWS Region to the external key manager takes {{floor}} ms, more than the {{target}} ms AWS asks for (Region to proxy: {{regionLeg}}; proxy to key manager: {{keyManagerLeg}}); no network can make up for the distance.',
      fix: 'Choose an AWS Region that offers external key stores close to the proxy and key manager (closest: {{closest}}), or host them closer to the Region.',
    },
    'estimate-over-target': {
      message:
        'The round trip from the AWS Region to the external key manager is estimated at about {{estimate}} ms (Region to proxy: {{regionLeg}}; proxy to key manager: {{keyManagerLeg}}), more than the {{target}} ms AWS asks for.',
      fix: 'Measure the round trip from the Region (e.g. from an EC2 instance there) and enter it in {{/traffic/roundTripMs}}; if it is confirmed, choose a closer Region (closest: {{closest}}) or host the proxy and key manager closer to it.',
    },
    'estimate-over-timeout': {
      message:
        'One proxy call is estimated at about {{estimate}} ms (Region to proxy: {{regionLeg}}; proxy to key manager: {{keyManagerLeg}}; plus the proxy and key manager time stated), at or above the {{timeout}} ms after which KMS fails every proxy call.',
      fix: 'Host the proxy and key manager close to the AWS Region (closest Regions with external key stores: {{closest}}), then measure the round trips.',
    },
  },
  reads: [
    ...placeReads,
    '/traffic/roundTripMs',
    '/traffic/proxyToKeyManagerMs',
    '/traffic/proxyProcessingMs',
    '/traffic/keyManagerOperationMs',
  ],
  appliesTo: 'all',
  sources: [
    guide('keystore-external.html'),
    guide('xks-troubleshooting.html#fix-xks-latency'),
    proxyApiSpec,
    fibreSpeedSource,
    pathFactorSource,
  ],
  facts: ['XKS-RTT-35MS', 'XKS-TIMEOUT-250MS'],
  check(plan, { report, unknown }) {
    const { regionToProxy, proxyToKeyManager, budget, closestRegions } =
      assessLatencyAndCapacity(plan);
    const legs = [regionToProxy, proxyToKeyManager];
    // A leg neither measured nor estimable (no place known) leaves the estimate short.
    const unstated = [
      ...(regionToProxy.basis === 'unknown' ? [['traffic', 'roundTripMs']] : []),
      ...(proxyToKeyManager.basis === 'unknown' ? [['traffic', 'proxyToKeyManagerMs']] : []),
    ];
    // Measured legs alone are the measured-latency rules' to judge; this rule speaks for estimates.
    if (!legs.some((leg) => leg.basis === 'estimated')) {
      unknown(unstated);
      return;
    }
    const measuredMs = legs.reduce((sum, leg) => sum + (leg.measuredMs ?? 0), 0);
    if (measuredMs > roundTripTargetMs || exceedsProxyTimeout(plan.traffic)) return;
    // Report at the measurement the estimate stands in for.
    const path =
      regionToProxy.basis === 'estimated'
        ? ['traffic', 'roundTripMs']
        : ['traffic', 'proxyToKeyManagerMs'];
    const data = {
      regionLeg: describeLeg(regionToProxy),
      keyManagerLeg: describeLeg(proxyToKeyManager),
      closest:
        closestRegions.map((entry) => `${entry.region.code} (${entry.region.name})`).join(', ') ||
        'none known',
      target: roundTripTargetMs,
      timeout: proxyTimeoutMs,
    };
    if (budget.callMs >= proxyTimeoutMs) {
      report({
        messageId: 'estimate-over-timeout',
        path,
        data: { ...data, estimate: msOf(budget.callMs) },
      });
      return;
    }
    const floorMs = legs.reduce(
      (sum, leg) => sum + (leg.measuredMs ?? leg.estimate?.floorMs ?? 0),
      0,
    );
    if (floorMs > roundTripTargetMs)
      report({ messageId: 'floor-over-target', path, data: { ...data, floor: msOf(floorMs) } });
    else if (budget.networkMs > roundTripTargetMs)
      report({
        messageId: 'estimate-over-target',
        path,
        data: { ...data, estimate: msOf(budget.networkMs) },
      });
    else unknown(unstated);
  },
});

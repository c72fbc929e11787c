import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide, proxyApiSpec } from './support/sources';
import { exceedsProxyTimeout, roundTripTargetMs } from './support/traffic-latency';

export default defineRule<Plan, 'region-leg' | 'both-legs'>({
  id: 'traffic-round-trip-time',
  target: 'plan',
  severity: 'warning',
  title: 'The AWS Region is within 35 ms of the key manager',
  description:
    'AWS asks that the round trip between the AWS Region and the external key manager be no more than 35 ms. Every KMS request on a key in the store waits for that trip, and the further away the proxy and key manager are, the more calls run into the 250 ms KMS timeout.',
  messages: {
    'region-leg': {
      message:
        'The measured round trip between the AWS Region and the proxy ({{/traffic/roundTripMs}}) is {{roundTrip}} ms; AWS asks for at most {{target}} ms between the Region and the external key manager, and this leg alone is more.',
      fix: 'Choose the supported AWS Region closest to the proxy and key manager, or host them closer to the Region, and measure again.',
    },
    'both-legs': {
      message:
        'The round trips from the AWS Region to the proxy ({{roundTrip}} ms) and from the proxy to the external key manager ({{proxyToKeyManager}} ms) add up to {{total}} ms; AWS asks for at most {{target}} ms between the Region and the key manager.',
      fix: 'Bring the proxy and key manager closer to the AWS Region (or choose a closer supported Region), and measure again.',
    },
  },
  reads: ['/traffic/roundTripMs', '/traffic/proxyToKeyManagerMs'],
  requires: ['/traffic/roundTripMs'],
  appliesTo: 'all',
  sources: [
    guide('keystore-external.html'),
    guide('vpc-connectivity.html'),
    guide('xks-troubleshooting.html#fix-xks-latency'),
    proxyApiSpec,
  ],
  facts: ['XKS-RTT-35MS'],
  check(plan, { report, unknown }) {
    const roundTrip = plan.traffic!.roundTripMs!;
    const proxyToKeyManager = plan.traffic?.proxyToKeyManagerMs;
    if (exceedsProxyTimeout(plan.traffic)) return;
    const target = roundTripTargetMs;
    if (roundTrip > target) {
      report({
        messageId: 'region-leg',
        path: ['traffic', 'roundTripMs'],
        data: { roundTrip, target },
      });
      return;
    }
    // A key manager leg over the target by itself is traffic-proxy-near-key-manager's finding.
    if (proxyToKeyManager === undefined) {
      unknown([['traffic', 'proxyToKeyManagerMs']]);
      return;
    }
    if (proxyToKeyManager > target) return;
    const total = roundTrip + proxyToKeyManager;
    if (total > target) {
      report({
        messageId: 'both-legs',
        path: ['traffic'],
        data: { roundTrip, proxyToKeyManager, total, target },
      });
    }
  },
});

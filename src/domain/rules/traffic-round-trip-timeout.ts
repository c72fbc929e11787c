import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide, proxyApiSpec } from './support/sources';
import { measuredCallLatencyMs, processingMs, proxyTimeoutMs } from './support/traffic-latency';

export default defineRule<Plan, 'region-leg' | 'key-manager-leg' | 'both-legs' | 'with-processing'>(
  {
    id: 'traffic-round-trip-timeout',
    target: 'plan',
    severity: 'error',
    title: 'A proxy call fits in the 250 ms KMS timeout',
    description:
      'KMS waits 250 ms for each call to the external key store proxy and then fails the request. A call needs at least one round trip from the AWS Region to the proxy and one from the proxy to the external key manager, plus the time the proxy and the key manager take, so when these add up to 250 ms or more, every call times out and the key store cannot be used (and cannot even be created with a public endpoint).',
    messages: {
      'region-leg': {
        message:
          'The measured round trip between the AWS Region and the proxy ({{/traffic/roundTripMs}}) is {{roundTrip}} ms; KMS gives up on every proxy call after {{timeout}} ms, so no call can succeed.',
        fix: 'Host the proxy close to the AWS Region (or choose the closest Region that supports external key stores) and measure again; AWS asks for a round trip of at most 35 ms.',
      },
      'key-manager-leg': {
        message:
          'The measured round trip between the proxy and the external key manager ({{/traffic/proxyToKeyManagerMs}}) is {{proxyToKeyManager}} ms; KMS gives up on every proxy call after {{timeout}} ms, so no call can succeed.',
        fix: 'Run the proxy next to the external key manager (same data centre or network) and measure again.',
      },
      'both-legs': {
        message:
          'The round trips from the AWS Region to the proxy ({{roundTrip}} ms) and from the proxy to the external key manager ({{proxyToKeyManager}} ms) add up to {{total}} ms; KMS gives up on every proxy call after {{timeout}} ms, so no call can succeed.',
        fix: 'Bring the proxy and the key manager close to each other and to the AWS Region, and measure again; AWS asks for at most 35 ms from the Region to the key manager.',
      },
      'with-processing': {
        message:
          'One proxy call takes {{total}} ms by the plan: round trips of {{roundTrip}} ms (AWS Region to proxy) and {{proxyToKeyManager}} ms (proxy to external key manager), plus {{proxyProcessing}} ms in the proxy ({{/traffic/proxyProcessingMs}}) and {{keyManagerOperation}} ms in the key manager ({{/traffic/keyManagerOperationMs}}); KMS gives up on every proxy call after {{timeout}} ms, so no call can succeed.',
        fix: 'Shorten the slowest part: a faster key manager or proxy (or more capacity so requests do not queue), or shorter network paths; measure again.',
      },
    },
    reads: [
      '/traffic/roundTripMs',
      '/traffic/proxyToKeyManagerMs',
      '/traffic/proxyProcessingMs',
      '/traffic/keyManagerOperationMs',
    ],
    appliesTo: 'all',
    sources: [
      guide('xks-monitoring.html'),
      guide('xks-troubleshooting.html#fix-xks-latency'),
      proxyApiSpec,
    ],
    facts: ['XKS-TIMEOUT-250MS'],
    check(plan, { report, unknown }) {
      const roundTrip = plan.traffic?.roundTripMs;
      const proxyToKeyManager = plan.traffic?.proxyToKeyManagerMs;
      const timeout = proxyTimeoutMs;
      // Name the leg that is too slow by itself; otherwise the sum of the two is the problem.
      let legReported = false;
      if (roundTrip !== undefined && roundTrip >= timeout) {
        report({
          messageId: 'region-leg',
          path: ['traffic', 'roundTripMs'],
          data: { roundTrip, timeout },
        });
        legReported = true;
      }
      if (proxyToKeyManager !== undefined && proxyToKeyManager >= timeout) {
        report({
          messageId: 'key-manager-leg',
          path: ['traffic', 'proxyToKeyManagerMs'],
          data: { proxyToKeyManager, timeout },
        });
        legReported = true;
      }
      const total = measuredCallLatencyMs(plan.traffic);
      if (legReported) return;
      if (total < timeout) {
        // The time the proxy and key manager add is optional; the two round trips are not.
        unknown([
          ...(roundTrip === undefined ? [['traffic', 'roundTripMs']] : []),
          ...(proxyToKeyManager === undefined ? [['traffic', 'proxyToKeyManagerMs']] : []),
        ]);
        return;
      }
      if (processingMs(plan.traffic) > 0) {
        report({
          messageId: 'with-processing',
          path: ['traffic'],
          data: {
            total,
            timeout,
            roundTrip: roundTrip ?? 0,
            proxyToKeyManager: proxyToKeyManager ?? 0,
            proxyProcessing: plan.traffic?.proxyProcessingMs ?? 0,
            keyManagerOperation: plan.traffic?.keyManagerOperationMs ?? 0,
          },
        });
      } else {
        report({
          messageId: 'both-legs',
          path: ['traffic'],
          data: {
            roundTrip: roundTrip ?? 0,
            proxyToKeyManager: proxyToKeyManager ?? 0,
            total,
            timeout,
          },
        });
      }
    },
  },
);

import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide } from './support/sources';
import { exceedsProxyTimeout, roundTripTargetMs } from './support/traffic-latency';

export default defineRule<Plan, 'far'>({
  id: 'traffic-proxy-near-key-manager',
  target: 'plan',
  severity: 'warning',
  title: 'The proxy is close to the external key manager',
  description:
    'AWS names a proxy far from its external key manager as a usual cause of XKS_PROXY_TIMED_OUT. The proxy-to-key-manager round trip is part of the Region-to-key-manager trip that AWS wants within 35 ms, so a leg over 35 ms by itself uses up that whole target; a proxy that opens a connection or session to the key manager pays it several times within the 250 ms KMS timeout.',
  messages: {
    far: {
      message:
        'The measured round trip between the proxy and the external key manager ({{/traffic/proxyToKeyManagerMs}}) is {{proxyToKeyManager}} ms, more than the {{target}} ms AWS allows for the whole trip from the AWS Region to the key manager; calls are likely to time out (XKS_PROXY_TIMED_OUT).',
      fix: 'Run the proxy in the same data centre or network as the key manager, and measure again.',
    },
  },
  reads: ['/traffic/proxyToKeyManagerMs', '/traffic/roundTripMs'],
  requires: ['/traffic/proxyToKeyManagerMs'],
  appliesTo: 'all',
  sources: [guide('xks-troubleshooting.html#fix-xks-latency')],
  facts: ['XKS-PROXY-NEAR-EKM'],
  check(plan, { report }) {
    const proxyToKeyManager = plan.traffic!.proxyToKeyManagerMs!;
    if (exceedsProxyTimeout(plan.traffic)) return;
    if (proxyToKeyManager > roundTripTargetMs) {
      report({
        messageId: 'far',
        path: ['traffic', 'proxyToKeyManagerMs'],
        data: { proxyToKeyManager, target: roundTripTargetMs },
      });
    }
  },
});

import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { storeQuotaRps } from '../latency/latency-and-capacity';
import { guide, proxyApiSpec } from './support/sources';

export default defineRule<Plan, 'over-quota'>({
  id: 'traffic-store-request-quota',
  target: 'plan',
  severity: 'warning',
  title: 'Peak traffic stays within the 1800 requests per second of one store',
  description:
    'Cryptographic operations on all KMS keys in one external key store share a quota of 1800 requests per second, counted per store over every account that uses its keys (about 540,000 calls in 5 minutes). Requests above it fail with ThrottlingException, and the current AWS quota table lists it as not adjustable.',
  messages: {
    'over-quota': {
      message:
        'The expected peak ({{/traffic/peakRequestsPerSecond}}) is {{peak}} requests per second, above the {{quota}} per second that KMS allows for all keys in one external key store; the excess calls fail with ThrottlingException.',
      fix: 'Spread the keys over several external key stores, let services cache data keys to make fewer KMS calls, or lower the expected peak; watch the ExternalKeyStoreThrottle metric.',
    },
  },
  reads: ['/traffic/peakRequestsPerSecond'],
  requires: ['/traffic/peakRequestsPerSecond'],
  appliesTo: 'all',
  sources: [
    guide('requests-per-second.html#rps-key-stores'),
    guide('xks-monitoring.html'),
    proxyApiSpec,
  ],
  facts: ['XKS-QUOTA-1800-RPS', 'XKS-THROTTLE-5MIN'],
  check(plan, { report }) {
    const peak = plan.traffic!.peakRequestsPerSecond!;
    if (peak > storeQuotaRps) {
      report({
        messageId: 'over-quota',
        path: ['traffic', 'peakRequestsPerSecond'],
        data: { peak, quota: storeQuotaRps },
      });
    }
  },
});

import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { storeQuotaRps } from '../latency/latency-and-capacity';
import { guide } from './support/sources';

/** The rate AWS says the key manager and proxy should handle: the store's request quota. */
const recommendedRequestsPerSecond = storeQuotaRps;

export default defineRule<Plan, 'below-peak' | 'below-recommended'>({
  id: 'request-capacity',
  target: 'plan',
  severity: 'warning',
  title: 'The key manager and the proxy can carry the traffic',
  description:
    'Every cryptographic request on a key in the store goes through the proxy to the external key manager, on top of whatever other work the key manager does. AWS recommends sizing both for up to 1800 requests per second, the request quota of one external key store; below the expected peak, requests fail.',
  messages: {
    'below-peak': {
      message:
        'The planned capacity of {{component}} ({{capacity}} requests per second for AWS) is less than the expected peak of {{peak}}; the excess requests time out or are throttled, and the AWS services using the keys report errors.',
      fix: 'Size {{component}} for at least the expected peak of {{peak}} requests per second, or lower the peak, e.g. with S3 Bucket Keys or data key caching in the callers.',
    },
    'below-recommended': {
      message:
        'The planned capacity of {{component}} is {{capacity}} requests per second for AWS; AWS recommends sizing it for up to {{recommended}}, the rate KMS can send to one external key store, so a burst can overload it.',
      fix: 'Size {{component}} for up to {{recommended}} requests per second, or confirm from measured traffic that the lower capacity leaves enough headroom.',
    },
  },
  reads: [
    '/externalKeyManager/maxRequestsPerSecond',
    '/proxy/maxRequestsPerSecond',
    '/traffic/peakRequestsPerSecond',
  ],
  appliesTo: 'all',
  sources: [guide('create-xks-keystore.html#xks-requirements'), guide('create-xks-keys.html')],
  facts: ['XKS-EKM-CAPACITY', 'XKS-EKM-NOT-EXCLUSIVE'],
  check(plan, { report, unknown }) {
    const peak = plan.traffic?.peakRequestsPerSecond;
    const components = [
      {
        component: 'the external key manager',
        capacity: plan.externalKeyManager?.maxRequestsPerSecond,
        path: ['externalKeyManager', 'maxRequestsPerSecond'],
      },
      {
        component: 'the proxy fleet',
        capacity: plan.proxy?.maxRequestsPerSecond,
        path: ['proxy', 'maxRequestsPerSecond'],
      },
    ];
    for (const { component, capacity, path } of components) {
      // Without the peak a capacity is still judged against the rate KMS can send to one store.
      if (capacity === undefined) {
        unknown([path]);
        continue;
      }
      if (peak !== undefined && capacity < peak)
        report({ messageId: 'below-peak', path, data: { component, capacity, peak } });
      else if (capacity < recommendedRequestsPerSecond)
        report({
          messageId: 'below-recommended',
          path,
          data: { component, capacity, recommended: recommendedRequestsPerSecond },
        });
    }
  },
});

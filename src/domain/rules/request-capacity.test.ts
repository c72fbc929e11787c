import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './request-capacity';

const ready = findExample('public-endpoint-ready')!.document;
const sized = (keyManager: number | undefined, proxy: number | undefined, peak?: number) =>
  withPlan(ready, {
    externalKeyManager: { maxRequestsPerSecond: keyManager },
    proxy: { maxRequestsPerSecond: proxy },
    traffic: { peakRequestsPerSecond: peak },
  });
const keyManagerPath = '/externalKeyManager/maxRequestsPerSecond';
const proxyPath = '/proxy/maxRequestsPerSecond';

testRule(rule, {
  valid: [
    { name: 'both sized above the recommendation and the peak', document: ready },
    { name: 'exactly the recommended rate', document: sized(1800, 1800, 1800) },
  ],
  invalid: [
    {
      name: 'the proxy below the expected peak',
      document: sized(3000, 500, 2500),
      errors: [{ messageId: 'below-peak', path: proxyPath }],
    },
    {
      name: 'both below the recommendation, peak unknown',
      document: sized(1000, 1200),
      errors: [
        { messageId: 'below-recommended', path: keyManagerPath },
        { messageId: 'below-recommended', path: proxyPath },
      ],
    },
    {
      name: 'the key manager below the peak, the proxy only below the recommendation',
      document: sized(300, 1000, 400),
      errors: [
        { messageId: 'below-peak', path: keyManagerPath },
        { messageId: 'below-recommended', path: proxyPath },
      ],
    },
  ],
  unknown: [
    {
      name: 'capacities not stated yet',
      document: sized(undefined, undefined, 2500),
      missing: [keyManagerPath, proxyPath],
    },
  ],
});

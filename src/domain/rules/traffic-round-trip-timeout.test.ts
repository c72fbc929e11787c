import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './traffic-round-trip-timeout';

const ready = findExample('vpc-endpoint-service-ready')!.document;
const traffic = (roundTripMs: number | undefined, proxyToKeyManagerMs: number | undefined) =>
  withPlan(ready, { traffic: { roundTripMs, proxyToKeyManagerMs } });

testRule(rule, {
  valid: [
    { name: 'a ready VPC plan', document: ready },
    { name: 'a ready public plan', document: findExample('public-endpoint-ready')!.document },
    { name: 'slow but inside the timeout', document: traffic(200, 49) },
    {
      name: 'legs and processing just inside the timeout',
      document: withPlan(traffic(100, 50), {
        traffic: { keyManagerOperationMs: 89, proxyProcessingMs: 10 },
      }),
    },
  ],
  invalid: [
    {
      name: 'the Region leg alone reaches the timeout',
      document: traffic(250, 1),
      errors: [{ messageId: 'region-leg', path: '/traffic/roundTripMs' }],
    },
    {
      name: 'the Region leg is too slow and the key manager leg is not measured',
      document: traffic(400, undefined),
      errors: [{ messageId: 'region-leg', path: '/traffic/roundTripMs' }],
    },
    {
      name: 'the key manager leg alone reaches the timeout',
      document: traffic(undefined, 300),
      errors: [{ messageId: 'key-manager-leg', path: '/traffic/proxyToKeyManagerMs' }],
    },
    {
      name: 'both legs too slow by themselves',
      document: traffic(260, 260),
      errors: [
        { messageId: 'region-leg', path: '/traffic/roundTripMs' },
        { messageId: 'key-manager-leg', path: '/traffic/proxyToKeyManagerMs' },
      ],
    },
    {
      name: 'the key manager operation pushes the call over the timeout',
      document: withPlan(traffic(100, 50), {
        traffic: { keyManagerOperationMs: 90, proxyProcessingMs: 10 },
      }),
      errors: [{ messageId: 'with-processing', path: '/traffic' }],
    },
    {
      name: 'the two legs add up to the timeout',
      document: traffic(150, 100),
      errors: [{ messageId: 'both-legs', path: '/traffic' }],
    },
  ],
  unknown: [
    {
      name: 'no measurements yet',
      document: traffic(undefined, undefined),
      missing: ['/traffic/roundTripMs', '/traffic/proxyToKeyManagerMs'],
    },
    {
      name: 'the key manager leg not measured',
      document: traffic(20, undefined),
      missing: ['/traffic/proxyToKeyManagerMs'],
    },
  ],
});

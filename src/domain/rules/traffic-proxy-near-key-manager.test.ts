import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './traffic-proxy-near-key-manager';

const ready = findExample('vpc-endpoint-service-ready')!.document;
const traffic = (roundTripMs: number | undefined, proxyToKeyManagerMs: number | undefined) =>
  withPlan(ready, { traffic: { roundTripMs, proxyToKeyManagerMs } });

testRule(rule, {
  valid: [
    { name: 'a ready VPC plan', document: ready },
    { name: 'a ready public plan', document: findExample('public-endpoint-ready')!.document },
    { name: 'exactly 35 ms to the key manager', document: traffic(1, 35) },
    {
      name: 'every call times out (traffic-round-trip-timeout says so)',
      document: traffic(10, 240),
    },
  ],
  invalid: [
    {
      name: 'the key manager is 60 ms away',
      document: traffic(5, 60),
      errors: [{ messageId: 'far', path: '/traffic/proxyToKeyManagerMs' }],
    },
    {
      name: 'the key manager is far and the Region round trip is not measured',
      document: traffic(undefined, 120),
      errors: [{ messageId: 'far', path: '/traffic/proxyToKeyManagerMs' }],
    },
  ],
  unknown: [
    {
      name: 'not measured',
      document: traffic(10, undefined),
      missing: ['/traffic/proxyToKeyManagerMs'],
    },
  ],
});

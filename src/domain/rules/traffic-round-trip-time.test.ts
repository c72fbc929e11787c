import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './traffic-round-trip-time';

const ready = findExample('public-endpoint-ready')!.document;
const traffic = (roundTripMs: number | undefined, proxyToKeyManagerMs: number | undefined) =>
  withPlan(ready, { traffic: { roundTripMs, proxyToKeyManagerMs } });

testRule(rule, {
  valid: [
    { name: 'a ready public plan', document: ready },
    { name: 'a ready VPC plan', document: findExample('vpc-cross-account')!.document },
    { name: 'exactly 35 ms in total', document: traffic(30, 5) },
    {
      name: 'the key manager leg alone is over (traffic-proxy-near-key-manager says so)',
      document: traffic(10, 40),
    },
    {
      name: 'every call times out (traffic-round-trip-timeout says so)',
      document: traffic(260, 1),
    },
  ],
  invalid: [
    {
      name: 'the Region leg is over 35 ms',
      document: traffic(80, undefined),
      errors: [{ messageId: 'region-leg', path: '/traffic/roundTripMs' }],
    },
    {
      name: 'both legs are over 35 ms, the Region leg is named',
      document: traffic(40, 50),
      errors: [{ messageId: 'region-leg', path: '/traffic/roundTripMs' }],
    },
    {
      name: 'the two legs add up to more than 35 ms',
      document: traffic(20, 20),
      errors: [{ messageId: 'both-legs', path: '/traffic' }],
    },
    {
      name: 'the plan with mistakes',
      document: findExample('plan-with-mistakes')!.document,
      errors: [{ messageId: 'region-leg', path: '/traffic/roundTripMs' }],
    },
  ],
  unknown: [
    {
      name: 'no Region round trip measured',
      document: traffic(undefined, 20),
      missing: ['/traffic/roundTripMs'],
    },
    {
      name: 'exactly 35 ms to the proxy, key manager leg not measured',
      document: traffic(35, undefined),
      missing: ['/traffic/proxyToKeyManagerMs'],
    },
  ],
});

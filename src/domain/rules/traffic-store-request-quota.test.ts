import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './traffic-store-request-quota';

const ready = findExample('public-endpoint-ready')!.document;
const peak = (peakRequestsPerSecond: number | undefined) =>
  withPlan(ready, { traffic: { peakRequestsPerSecond } });

testRule(rule, {
  valid: [
    { name: 'a ready public plan', document: ready },
    { name: 'a ready VPC plan', document: findExample('vpc-endpoint-service-ready')!.document },
    { name: 'exactly at the quota', document: peak(1800) },
  ],
  invalid: [
    {
      name: 'just above the quota',
      document: peak(1801),
      errors: [{ messageId: 'over-quota', path: '/traffic/peakRequestsPerSecond' }],
    },
    {
      name: 'the plan with mistakes',
      document: findExample('plan-with-mistakes')!.document,
      errors: [{ messageId: 'over-quota', path: '/traffic/peakRequestsPerSecond' }],
    },
  ],
  unknown: [
    {
      name: 'no peak stated',
      document: peak(undefined),
      missing: ['/traffic/peakRequestsPerSecond'],
    },
  ],
});

import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-private-dns-verified';

const ready = findExample('vpc-endpoint-service-ready')!.document;
const path = '/endpointService/domainVerificationState';

testRule(rule, {
  valid: [
    { name: 'verified', document: ready },
    { name: 'the cross-account example', document: findExample('vpc-cross-account')!.document },
  ],
  invalid: [
    {
      name: 'the mistakes example (pending)',
      document: findExample('plan-with-mistakes')!.document,
      errors: [{ messageId: 'pending', path }],
    },
    {
      name: 'failed',
      document: withPlan(ready, { endpointService: { domainVerificationState: 'failed' } }),
      errors: [{ messageId: 'failed', path }],
    },
  ],
  unknown: [
    {
      name: 'not stated yet (service not built)',
      document: withPlan(ready, { endpointService: { domainVerificationState: undefined } }),
      missing: ['/endpointService/domainVerificationState'],
    },
  ],
});

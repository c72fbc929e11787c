import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-endpoint-service-no-acceptance';

const ready = findExample('vpc-endpoint-service-ready')!.document;

testRule(rule, {
  valid: [
    { name: 'acceptance not required', document: ready },
    { name: 'the cross-account example', document: findExample('vpc-cross-account')!.document },
  ],
  invalid: [
    {
      name: 'the mistakes example',
      document: findExample('plan-with-mistakes')!.document,
      errors: [{ messageId: 'acceptance-required', path: '/endpointService/acceptanceRequired' }],
    },
  ],
  unknown: [
    {
      name: 'not stated',
      document: withPlan(ready, { endpointService: { acceptanceRequired: undefined } }),
      missing: ['/endpointService/acceptanceRequired'],
    },
    {
      name: 'no endpoint service section yet',
      document: withPlan(ready, { endpointService: undefined }),
      missing: ['/endpointService/acceptanceRequired'],
    },
  ],
});

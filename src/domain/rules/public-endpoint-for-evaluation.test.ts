import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './public-endpoint-for-evaluation';

const ready = findExample('public-endpoint-ready')!.document;

testRule(rule, {
  valid: [
    {
      name: 'a VPC endpoint service plan',
      document: findExample('vpc-endpoint-service-ready')!.document,
      notApplicable: true,
    },
  ],
  invalid: [
    {
      name: 'the ready public plan',
      document: ready,
      errors: [{ messageId: 'public-connectivity', path: '/keyStore/XksProxyConnectivity' }],
    },
  ],
  unknown: [
    {
      name: 'a plan without connectivity yet',
      document: withPlan(ready, { keyStore: { XksProxyConnectivity: undefined } }),
      missing: ['/keyStore/XksProxyConnectivity'],
    },
  ],
});

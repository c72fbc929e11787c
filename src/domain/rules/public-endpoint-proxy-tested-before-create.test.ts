import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './public-endpoint-proxy-tested-before-create';

const ready = findExample('public-endpoint-ready')!.document;
const tested = (conformanceTested: boolean | undefined) =>
  withPlan(ready, { proxy: { conformanceTested } });

testRule(rule, {
  valid: [
    { name: 'the ready public plan: tested', document: ready },
    {
      name: 'a VPC plan (KMS first calls the proxy when connecting)',
      document: withPlan(findExample('vpc-endpoint-service-ready')!.document, {
        proxy: { conformanceTested: false },
      }),
      notApplicable: true,
    },
  ],
  invalid: [
    {
      name: 'not tested',
      document: tested(false),
      errors: [{ messageId: 'not-tested', path: '/proxy/conformanceTested' }],
    },
  ],
  unknown: [
    { name: 'not stated yet', document: tested(undefined), missing: ['/proxy/conformanceTested'] },
  ],
});

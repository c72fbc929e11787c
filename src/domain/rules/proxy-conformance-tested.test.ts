import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './proxy-conformance-tested';

const ready = findExample('vpc-endpoint-service-ready')!.document;
const tested = (conformanceTested: boolean | undefined) =>
  withPlan(ready, { proxy: { conformanceTested } });

testRule(rule, {
  valid: [
    { name: 'tested', document: ready },
    {
      name: 'a public plan (public-endpoint-proxy-tested-before-create judges it)',
      document: withPlan(findExample('public-endpoint-ready')!.document, {
        proxy: { conformanceTested: false },
      }),
      notApplicable: true,
    },
  ],
  unknown: [
    { name: 'not stated yet', document: tested(undefined), missing: ['/proxy/conformanceTested'] },
  ],
  invalid: [
    {
      name: 'not tested',
      document: tested(false),
      errors: [{ messageId: 'not-tested', path: '/proxy/conformanceTested' }],
    },
  ],
});

import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './proxy-conformance-tested';

const ready = findExample('vpc-endpoint-service-ready')!.document;
const tested = (conformanceTested: boolean | undefined) =>
  withPlan(ready, { proxy: { conformanceTested } });

testRule(rule, {
  valid: [{ name: 'tested', document: ready }],
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

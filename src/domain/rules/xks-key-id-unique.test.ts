import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './xks-key-id-unique';

const ready = findExample('public-endpoint-ready')!.document;
const keyIds = (...ids: (string | undefined)[]) =>
  withPlan(ready, { keys: ids.map((XksKeyId) => ({ XksKeyId })) });

testRule(rule, {
  valid: [
    { name: 'a ready public plan', document: ready },
    { name: 'a ready VPC plan', document: findExample('vpc-endpoint-service-ready')!.document },
    { name: 'ids that differ only in case', document: keyIds('ledger', 'Ledger') },
    { name: 'two keys without ids', document: keyIds(undefined, undefined) },
  ],
  invalid: [
    {
      name: 'the plan with mistakes',
      document: findExample('plan-with-mistakes')!.document,
      errors: [{ messageId: 'duplicate', path: '/keys/2/XksKeyId' }],
    },
    {
      name: 'three keys with one id',
      document: keyIds('ledger', 'reports', 'ledger', 'ledger'),
      errors: [
        { messageId: 'duplicate', path: '/keys/2/XksKeyId' },
        { messageId: 'duplicate', path: '/keys/3/XksKeyId' },
      ],
    },
  ],
  unknown: {
    none: 'it compares the stated XksKeyIds; xks-key-id-required reports a key without one',
  },
});

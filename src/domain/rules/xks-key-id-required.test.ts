import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './xks-key-id-required';

const ready = findExample('public-endpoint-ready')!.document;

testRule(rule, {
  valid: [
    { name: 'a ready public plan', document: ready },
    { name: 'a ready cross-account plan', document: findExample('vpc-cross-account')!.document },
    { name: 'no keys planned yet', document: withPlan(ready, { keys: undefined }) },
  ],
  invalid: [
    {
      name: 'the second key has no id',
      document: withPlan(ready, {
        keys: [{ XksKeyId: 'finance-ledger-2027' }, { Description: 'Reports' }],
      }),
      errors: [{ messageId: 'missing', path: '/keys/1/XksKeyId' }],
    },
    {
      name: 'no key has an id',
      document: withPlan(ready, { keys: [{}, { AliasName: 'alias/reports' }] }),
      errors: [
        { messageId: 'missing', path: '/keys/0/XksKeyId' },
        { messageId: 'missing', path: '/keys/1/XksKeyId' },
      ],
    },
  ],
  unknown: {
    none: 'CreateKey fails without an XksKeyId, so a key without one is an error, not a gap; a plan without keys asks nothing of this rule',
  },
});

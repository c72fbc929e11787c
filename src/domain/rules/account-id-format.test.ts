import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './account-id-format';

const ready = findExample('public-endpoint-ready')!.document;
const account = (accountId: string | undefined) => withPlan(ready, { accountId });
const storeAccount = (accountId: string) =>
  withPlan(ready, { existingKeyStores: [{ CustomKeyStoreName: 'other', accountId }] });
const path = '/accountId';

testRule(rule, {
  valid: [
    { name: 'the ready public example', document: ready },
    { name: 'the cross-account example', document: findExample('vpc-cross-account')!.document },
    { name: 'a store of another account', document: storeAccount('444455556666') },
    {
      name: 'no account ID (the rules that use it judge its absence)',
      document: account(undefined),
    },
  ],
  invalid: [
    { name: 'letters', document: account('abc'), errors: [{ messageId: 'not-account-id', path }] },
    {
      name: 'eleven digits',
      document: account('11112222333'),
      errors: [{ messageId: 'not-account-id', path }],
    },
    {
      name: 'dashes, as the console shows it',
      document: account('1111-2222-3333'),
      errors: [{ messageId: 'not-account-id', path }],
    },
    {
      name: 'a space before the digits',
      document: account(' 11112222333'),
      errors: [{ messageId: 'not-account-id', path }],
    },
    {
      name: 'an existing store with a thirteen-digit account',
      document: storeAccount('4444555566667'),
      errors: [{ messageId: 'not-account-id', path: '/existingKeyStores/0/accountId' }],
    },
    {
      name: 'an existing store with an account alias',
      document: storeAccount('network-prod'),
      errors: [{ messageId: 'not-account-id', path: '/existingKeyStores/0/accountId' }],
    },
  ],
  unknown: {
    none: 'A format rule: it judges the account IDs the plan states; an absent one is judged by the rules that use it.',
  },
});

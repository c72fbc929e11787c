import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './key-store-name-unique';

const ready = findExample('public-endpoint-ready')!.document;
const existing = (...stores: object[]) => withPlan(ready, { existingKeyStores: stores });
const path = '/keyStore/CustomKeyStoreName';

testRule(rule, {
  valid: [
    { name: 'the ready public example', document: ready },
    { name: 'no other store (stated)', document: existing() },
    {
      name: 'the same name in another account',
      document: existing({ CustomKeyStoreName: 'finance-xks', accountId: '444455556666' }),
    },
    {
      name: 'names differ in case',
      document: existing({ CustomKeyStoreName: 'Finance-XKS' }),
    },
    {
      name: 'no name yet',
      document: withPlan(existing({ CustomKeyStoreName: 'finance-xks' }), {
        keyStore: { CustomKeyStoreName: undefined },
      }),
    },
  ],
  invalid: [
    {
      name: 'a CloudHSM key store of the account has the name',
      document: existing({ CustomKeyStoreName: 'finance-xks', CustomKeyStoreType: 'AWS_CLOUDHSM' }),
      errors: [{ messageId: 'in-use', path }],
    },
    {
      name: 'a store marked with the plan account has the name',
      document: existing({ CustomKeyStoreName: 'finance-xks', accountId: '111122223333' }),
      errors: [{ messageId: 'in-use', path }],
    },
    {
      name: 'the mistakes example',
      document: findExample('plan-with-mistakes')!.document,
      errors: [{ messageId: 'in-use', path }],
    },
  ],
  unknown: [
    {
      name: 'the other key stores of the account are not stated',
      document: withPlan(ready, { existingKeyStores: undefined }),
      missing: ['/existingKeyStores'],
    },
  ],
});

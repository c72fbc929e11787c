import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './custom-key-store-quota';

const ready = findExample('public-endpoint-ready')!.document;
const stores = (count: number, accountId?: string) =>
  Array.from({ length: count }, (_, index) => ({
    CustomKeyStoreName: `store-${accountId ?? 'own'}-${index}`,
    CustomKeyStoreType: 'AWS_CLOUDHSM' as const,
    ...(accountId === undefined ? {} : { accountId }),
  }));
const path = '/existingKeyStores';

testRule(rule, {
  valid: [
    { name: 'one existing store', document: ready },
    { name: 'no other store (stated)', document: withPlan(ready, { existingKeyStores: [] }) },
    {
      name: 'nine existing stores: this one is the tenth',
      document: withPlan(ready, { existingKeyStores: stores(9) }),
    },
    {
      name: 'stores of another account do not count',
      document: withPlan(ready, {
        existingKeyStores: [...stores(9), ...stores(5, '444455556666')],
      }),
    },
  ],
  invalid: [
    {
      name: 'ten existing stores',
      document: withPlan(ready, { existingKeyStores: stores(10) }),
      errors: [{ messageId: 'quota-exceeded', path }],
    },
    {
      name: 'stores marked with the plan account count too',
      document: withPlan(ready, {
        existingKeyStores: [...stores(5), ...stores(5, '111122223333')],
      }),
      errors: [{ messageId: 'quota-exceeded', path }],
    },
    {
      name: 'the draft example',
      document: findExample('plan-with-mistakes')!.document,
      errors: [{ messageId: 'quota-exceeded', path }],
    },
  ],
  unknown: [
    {
      name: 'the other key stores of the account are not stated',
      document: withPlan(ready, { existingKeyStores: undefined }),
      missing: [path],
    },
  ],
});

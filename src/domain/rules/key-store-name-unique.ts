import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { existingKeyStores } from './support/key-store-existing';
import { apiReference } from './support/sources';

export default defineRule<Plan, 'in-use'>({
  id: 'key-store-name-unique',
  target: 'plan',
  severity: 'error',
  title: 'The key store name is not used by another custom key store of the account',
  description:
    'A custom key store name must be unique among the custom key stores (external and CloudHSM) of the account in the Region; otherwise CreateCustomKeyStore fails with CustomKeyStoreNameInUseException. Stores of other accounts do not count. It is judged against existingKeyStores (the output of aws kms describe-custom-key-stores, or [] for none); until the plan lists them, it is not known.',
  messages: {
    'in-use': {
      message:
        'The account already has a custom key store named "{{name}}" in this Region (see {{/existingKeyStores}}), so CreateCustomKeyStore would fail with CustomKeyStoreNameInUseException.',
      fix: 'Choose another CustomKeyStoreName.',
    },
  },
  reads: [
    '/accountId',
    '/keyStore/CustomKeyStoreName',
    '/existingKeyStores',
    '/existingKeyStores/*/CustomKeyStoreName',
    '/existingKeyStores/*/accountId',
  ],
  // Absent means not known; [] states that the account has no custom key store in the Region.
  // A missing name is key-store-required-parameters' error.
  requires: ['/existingKeyStores'],
  appliesTo: 'all',
  sources: [apiReference('API_CreateCustomKeyStore.html')],
  facts: ['XKS-NAME-UNIQUE', 'API-EXC-NAME-IN-USE'],
  check(plan, { report }) {
    const name = plan.keyStore?.CustomKeyStoreName;
    if (name === undefined) return;
    const taken = existingKeyStores(plan, 'account').some(
      ({ store }) => store.CustomKeyStoreName === name,
    );
    if (taken)
      report({ messageId: 'in-use', path: ['keyStore', 'CustomKeyStoreName'], data: { name } });
  },
});

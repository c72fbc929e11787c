import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference } from './support/sources';

export default defineRule<Plan, 'wrong-type'>({
  id: 'key-store-type-external',
  target: 'plan',
  severity: 'error',
  title: 'The key store type is EXTERNAL_KEY_STORE',
  description:
    'CreateCustomKeyStore creates an AWS CloudHSM key store unless CustomKeyStoreType says EXTERNAL_KEY_STORE, and the type can never be changed afterwards. (A missing type is reported by key-store-required-parameters.)',
  messages: {
    'wrong-type': {
      message:
        'CustomKeyStoreType is {{type}}, which is an AWS CloudHSM key store, not an external key store; the type cannot be changed after creation.',
      fix: 'Set CustomKeyStoreType to EXTERNAL_KEY_STORE.',
    },
  },
  reads: ['/keyStore/CustomKeyStoreType'],
  appliesTo: 'all',
  sources: [apiReference('API_CreateCustomKeyStore.html')],
  facts: ['XKS-STORE-TYPE'],
  check(plan, { report }) {
    const type = plan.keyStore?.CustomKeyStoreType;
    if (type !== undefined && type !== 'EXTERNAL_KEY_STORE')
      report({ messageId: 'wrong-type', path: ['keyStore', 'CustomKeyStoreType'], data: { type } });
  },
});

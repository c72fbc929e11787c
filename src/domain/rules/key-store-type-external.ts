import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference } from './support/sources';

export default defineRule<Plan, 'wrong-type' | 'type-missing'>({
  id: 'key-store-type-external',
  target: 'plan',
  severity: 'error',
  title: 'The key store type is EXTERNAL_KEY_STORE',
  description:
    'CreateCustomKeyStore creates an AWS CloudHSM key store unless CustomKeyStoreType says EXTERNAL_KEY_STORE (AWS_CLOUDHSM is its default), and the type can never be changed afterwards.',
  messages: {
    'wrong-type': {
      message:
        'CustomKeyStoreType is {{type}}, which is an AWS CloudHSM key store, not an external key store; the type cannot be changed after creation.',
      fix: 'Set CustomKeyStoreType to EXTERNAL_KEY_STORE.',
    },
    'type-missing': {
      message:
        'CustomKeyStoreType is not stated; without it CreateCustomKeyStore takes its default, AWS_CLOUDHSM, and refuses the request for lack of a CloudHSM cluster.',
      fix: 'Set CustomKeyStoreType to EXTERNAL_KEY_STORE.',
    },
  },
  reads: ['/keyStore/CustomKeyStoreType'],
  appliesTo: 'all',
  sources: [apiReference('API_CreateCustomKeyStore.html')],
  facts: ['XKS-STORE-TYPE'],
  check(plan, { report }) {
    // A plan without a keyStore section gets one finding from key-store-required-parameters.
    if (plan.keyStore === undefined) return;
    const type = plan.keyStore.CustomKeyStoreType;
    const path = ['keyStore', 'CustomKeyStoreType'];
    if (type === undefined) report({ messageId: 'type-missing', path });
    else if (type !== 'EXTERNAL_KEY_STORE')
      report({ messageId: 'wrong-type', path, data: { type } });
  },
});

import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference } from './support/sources';

export default defineRule<Plan, 'wrong-type' | 'not-stated'>({
  id: 'key-store-type-external',
  target: 'plan',
  severity: 'error',
  title: 'The key store type is EXTERNAL_KEY_STORE',
  description:
    'CreateCustomKeyStore creates an AWS CloudHSM key store unless CustomKeyStoreType says EXTERNAL_KEY_STORE: the parameter is optional and defaults to AWS_CLOUDHSM, and the type can never be changed afterwards. So a plan (and every file written for --cli-input-json) must state EXTERNAL_KEY_STORE.',
  messages: {
    'wrong-type': {
      message:
        'CustomKeyStoreType is {{type}}, which is an AWS CloudHSM key store, not an external key store; the type cannot be changed after creation.',
      fix: 'Set CustomKeyStoreType to EXTERNAL_KEY_STORE.',
    },
    'not-stated': {
      message:
        'The key store does not state CustomKeyStoreType. The parameter defaults to AWS_CLOUDHSM, so a CreateCustomKeyStore request sent as written asks for a CloudHSM key store and fails for lack of a cluster (or creates the wrong type); the type cannot be changed after creation.',
      fix: 'Set CustomKeyStoreType to EXTERNAL_KEY_STORE.',
    },
  },
  reads: ['/keyStore/CustomKeyStoreType'],
  appliesTo: 'all',
  sources: [apiReference('API_CreateCustomKeyStore.html')],
  facts: ['XKS-STORE-TYPE', 'API-CREATE-TYPE-DEFAULT'],
  check(plan, { report }) {
    // Asking for the type once the plan has started its key store request; an empty plan gets
    // key-store-required-parameters' "no key store" finding instead.
    if (plan.keyStore === undefined) return;
    const type = plan.keyStore.CustomKeyStoreType;
    const path = ['keyStore', 'CustomKeyStoreType'];
    if (type === undefined) report({ messageId: 'not-stated', path });
    else if (type !== 'EXTERNAL_KEY_STORE')
      report({ messageId: 'wrong-type', path, data: { type } });
  },
});

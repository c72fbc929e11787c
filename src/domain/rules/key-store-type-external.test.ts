import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './key-store-type-external';

const ready = findExample('public-endpoint-ready')!.document;
const type = (CustomKeyStoreType: string | undefined) =>
  withPlan(ready, { keyStore: { CustomKeyStoreType } });

testRule(rule, {
  valid: [
    { name: 'an external key store', document: ready },
    { name: 'a VPC plan', document: findExample('vpc-endpoint-service-ready')!.document },
    {
      name: 'no key store section (key-store-required-parameters reports it)',
      document: withPlan(ready, { keyStore: undefined }),
    },
  ],
  invalid: [
    {
      name: 'a CloudHSM key store',
      document: type('AWS_CLOUDHSM'),
      errors: [{ messageId: 'wrong-type', path: '/keyStore/CustomKeyStoreType' }],
    },
    {
      name: 'type not stated (AWS takes AWS_CLOUDHSM)',
      document: type(undefined),
      errors: [{ messageId: 'type-missing', path: '/keyStore/CustomKeyStoreType' }],
    },
  ],
  unknown: {
    none: 'CreateCustomKeyStore takes AWS_CLOUDHSM when CustomKeyStoreType is left out, so an absent type is an error as the request would be sent, never an unknown.',
  },
});

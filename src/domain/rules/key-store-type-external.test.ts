import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import type { KeyStore } from '../plan/plan-schema';
import rule from './key-store-type-external';

const ready = findExample('public-endpoint-ready')!.document;
const type = (CustomKeyStoreType: KeyStore['CustomKeyStoreType']) =>
  withPlan(ready, { keyStore: { CustomKeyStoreType } });

testRule(rule, {
  valid: [
    { name: 'an external key store', document: ready },
    { name: 'a VPC plan', document: findExample('vpc-endpoint-service-ready')!.document },
    {
      name: 'no key store section yet (key-store-required-parameters asks for it)',
      document: withPlan(ready, { keyStore: undefined }),
    },
  ],
  unknown: {
    none: 'An absent CustomKeyStoreType is an error, not an unknown: CreateCustomKeyStore defaults it to AWS_CLOUDHSM',
  },
  invalid: [
    {
      name: 'type not stated: AWS would default to AWS_CLOUDHSM',
      document: type(undefined),
      errors: [{ messageId: 'not-stated', path: '/keyStore/CustomKeyStoreType' }],
    },
    {
      name: 'a CloudHSM key store',
      document: type('AWS_CLOUDHSM'),
      errors: [{ messageId: 'wrong-type', path: '/keyStore/CustomKeyStoreType' }],
    },
  ],
});

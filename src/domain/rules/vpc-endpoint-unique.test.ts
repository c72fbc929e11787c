import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-endpoint-unique';

const vpc = findExample('vpc-endpoint-service-ready')!.document;
const store = (fields: object) => ({
  CustomKeyStoreName: 'other-xks',
  CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
  XksProxyConnectivity: 'VPC_ENDPOINT_SERVICE',
  XksProxyUriEndpoint: 'https://myproxy-private.xks.example.com',
  XksProxyUriPath: '/other/kms/xks/v1',
  ...fields,
});
const existing = (...stores: object[]) => withPlan(vpc, { existingKeyStores: stores });
const path = '/keyStore/XksProxyUriEndpoint';

testRule(rule, {
  valid: [
    { name: 'the ready VPC example', document: vpc },
    { name: 'the cross-account example', document: findExample('vpc-cross-account')!.document },
    {
      name: 'another private DNS name',
      document: existing(store({ XksProxyUriEndpoint: 'https://other-private.xks.example.com' })),
    },
    {
      name: 'a public plan',
      document: findExample('public-endpoint-ready')!.document,
      notApplicable: true,
    },
  ],
  invalid: [
    {
      name: 'a VPC store of the account, even with another path',
      document: existing(store({})),
      errors: [{ messageId: 'in-use', path }],
    },
    {
      name: 'a VPC store of another account',
      document: existing(store({ accountId: '444455556666' })),
      errors: [{ messageId: 'in-use', path }],
    },
    {
      name: 'a public store of the account',
      document: existing(store({ XksProxyConnectivity: 'PUBLIC_ENDPOINT' })),
      errors: [{ messageId: 'in-use', path }],
    },
  ],
  unknown: [
    {
      name: 'the other key stores not stated',
      document: withPlan(vpc, { existingKeyStores: undefined }),
      missing: ['/existingKeyStores'],
    },
    {
      name: 'no endpoint yet',
      document: withPlan(vpc, { keyStore: { XksProxyUriEndpoint: undefined } }),
      missing: ['/keyStore/XksProxyUriEndpoint'],
    },
  ],
});

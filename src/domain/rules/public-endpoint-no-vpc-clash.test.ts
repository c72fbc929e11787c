import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './public-endpoint-no-vpc-clash';

const ready = findExample('public-endpoint-ready')!.document;
const vpcStore = (fields: object) => ({
  CustomKeyStoreName: 'private-xks',
  CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
  XksProxyConnectivity: 'VPC_ENDPOINT_SERVICE',
  XksProxyUriEndpoint: 'https://myproxy.xks.example.com',
  XksProxyUriPath: '/kms/xks/v1',
  ...fields,
});
const existing = (...stores: object[]) => withPlan(ready, { existingKeyStores: stores });
const path = '/keyStore/XksProxyUriEndpoint';

testRule(rule, {
  valid: [
    { name: 'the ready public example', document: ready },
    { name: 'no other store (stated)', document: existing() },
    {
      name: 'a VPC store with another endpoint',
      document: existing(vpcStore({ XksProxyUriEndpoint: 'https://private.xks.example.com' })),
    },
    {
      name: 'a public store with the same endpoint (paths decide)',
      document: existing(vpcStore({ XksProxyConnectivity: 'PUBLIC_ENDPOINT' })),
    },
    {
      name: 'a VPC plan',
      document: findExample('vpc-endpoint-service-ready')!.document,
      notApplicable: true,
    },
  ],
  invalid: [
    {
      name: 'a VPC store of the account uses the endpoint',
      document: existing(vpcStore({})),
      errors: [{ messageId: 'used-by-vpc-store', path }],
    },
    {
      name: 'a VPC store of another account uses the endpoint',
      document: existing(vpcStore({ accountId: '444455556666' })),
      errors: [{ messageId: 'used-by-vpc-store', path }],
    },
  ],
  unknown: [
    {
      name: 'the other key stores in the Region are not stated',
      document: withPlan(ready, { existingKeyStores: undefined }),
      missing: ['/existingKeyStores'],
    },
    {
      name: 'connectivity not stated',
      document: withPlan(ready, { keyStore: { XksProxyConnectivity: undefined } }),
      missing: ['/keyStore/XksProxyConnectivity'],
    },
  ],
});

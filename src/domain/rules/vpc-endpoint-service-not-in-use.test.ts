import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-endpoint-service-not-in-use';

const vpc = findExample('vpc-endpoint-service-ready')!.document;
const serviceName = vpc.keyStore!.XksProxyVpcEndpointServiceName!;
const store = (fields: object) => ({
  CustomKeyStoreName: 'other-xks',
  CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
  XksProxyConnectivity: 'VPC_ENDPOINT_SERVICE',
  XksProxyUriEndpoint: 'https://other-private.xks.example.com',
  XksProxyVpcEndpointServiceName: serviceName,
  ...fields,
});
const existing = (...stores: object[]) => withPlan(vpc, { existingKeyStores: stores });
const path = '/keyStore/XksProxyVpcEndpointServiceName';

testRule(rule, {
  valid: [
    { name: 'the ready VPC example', document: vpc },
    {
      name: 'the account states it has no other key stores',
      document: existing(),
    },
    {
      name: 'another endpoint service',
      document: existing(
        store({
          XksProxyVpcEndpointServiceName:
            'com.amazonaws.vpce.eu-central-1.vpce-svc-0ffffffffffffffff',
        }),
      ),
    },
    {
      name: 'the mistakes example (its service is not in use)',
      document: findExample('plan-with-mistakes')!.document,
    },
    {
      name: 'a public plan',
      document: findExample('public-endpoint-ready')!.document,
      notApplicable: true,
    },
  ],
  invalid: [
    {
      name: 'a store of the account uses the service',
      document: existing(store({})),
      errors: [{ messageId: 'in-use', path }],
    },
    {
      name: 'a store of another account uses the service',
      document: existing(store({ accountId: '444455556666' })),
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
      name: 'no service name yet',
      document: withPlan(vpc, { keyStore: { XksProxyVpcEndpointServiceName: undefined } }),
      missing: ['/keyStore/XksProxyVpcEndpointServiceName'],
    },
  ],
});

import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './key-store-required-parameters';

const publicReady = findExample('public-endpoint-ready')!.document;
const vpcReady = findExample('vpc-endpoint-service-ready')!.document;

testRule(rule, {
  valid: [
    { name: 'the ready public example', document: publicReady },
    { name: 'the ready VPC example', document: vpcReady },
    { name: 'the cross-account example', document: findExample('vpc-cross-account')!.document },
    {
      name: 'a plan with nothing but the key store',
      document: { version: 1, keyStore: publicReady.keyStore },
    },
  ],
  invalid: [
    {
      name: 'an empty key store section',
      document: withPlan(publicReady, {
        keyStore: {
          CustomKeyStoreName: undefined,
          CustomKeyStoreType: undefined,
          XksProxyConnectivity: undefined,
          XksProxyUriEndpoint: undefined,
          XksProxyUriPath: undefined,
          XksProxyAuthenticationCredential: undefined,
        },
      }),
      errors: [
        { messageId: 'name-missing', path: '/keyStore/CustomKeyStoreName' },
        { messageId: 'connectivity-missing', path: '/keyStore/XksProxyConnectivity' },
        { messageId: 'endpoint-missing', path: '/keyStore/XksProxyUriEndpoint' },
        { messageId: 'path-missing', path: '/keyStore/XksProxyUriPath' },
        {
          messageId: 'access-key-id-missing',
          path: '/keyStore/XksProxyAuthenticationCredential/AccessKeyId',
        },
      ],
    },
    {
      name: 'a credential without its access key ID',
      document: withPlan(publicReady, {
        keyStore: { XksProxyAuthenticationCredential: { AccessKeyId: undefined } },
      }),
      errors: [
        {
          messageId: 'access-key-id-missing',
          path: '/keyStore/XksProxyAuthenticationCredential/AccessKeyId',
        },
      ],
    },
    {
      name: 'a VPC store without the endpoint service name',
      document: withPlan(vpcReady, { keyStore: { XksProxyVpcEndpointServiceName: undefined } }),
      errors: [
        { messageId: 'service-name-missing', path: '/keyStore/XksProxyVpcEndpointServiceName' },
      ],
    },
  ],
  // A request the plan has started fails without any of these parameters (an error, as it would
  // be sent); a plan that has not started it yet is unknown.
  unknown: [
    {
      name: 'no key store section yet',
      document: withPlan(publicReady, { keyStore: undefined }),
      missing: ['/keyStore'],
    },
  ],
});

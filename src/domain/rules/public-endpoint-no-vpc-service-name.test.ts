import { describe, expect, it } from 'vitest';
import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './public-endpoint-no-vpc-service-name';
import { relatedPathsOf } from './support/related-paths-of';

const ready = findExample('public-endpoint-ready')!.document;

testRule(rule, {
  valid: [
    { name: 'the ready public plan', document: ready },
    {
      name: 'a VPC plan needs the name',
      document: findExample('vpc-endpoint-service-ready')!.document,
      notApplicable: true,
    },
  ],
  invalid: [
    {
      name: 'a leftover endpoint service name',
      document: withPlan(ready, {
        keyStore: {
          XksProxyVpcEndpointServiceName: 'com.amazonaws.vpce.eu-west-1.vpce-svc-0feedfacecafe1234',
        },
      }),
      errors: [{ messageId: 'service-name', path: '/keyStore/XksProxyVpcEndpointServiceName' }],
    },
    {
      name: 'an empty endpoint service name',
      document: withPlan(ready, { keyStore: { XksProxyVpcEndpointServiceName: '' } }),
      errors: [{ messageId: 'service-name', path: '/keyStore/XksProxyVpcEndpointServiceName' }],
    },
  ],
  unknown: [
    {
      name: 'connectivity not stated',
      document: withPlan(ready, { keyStore: { XksProxyConnectivity: undefined } }),
      missing: ['/keyStore/XksProxyConnectivity'],
    },
  ],
});

describe('a leftover VPC parameter', () => {
  it('also names the connectivity, so the connectivity step shows the finding', () => {
    const document = withPlan(ready, {
      keyStore: {
        XksProxyVpcEndpointServiceName: 'com.amazonaws.vpce.eu-west-1.vpce-svc-0feedfacecafe1234',
      },
    });
    expect(relatedPathsOf(rule, document)).toEqual([['/keyStore/XksProxyConnectivity']]);
  });
});

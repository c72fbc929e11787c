import { describe, expect, it } from 'vitest';
import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './public-endpoint-no-vpc-service-owner';
import { relatedPathsOf } from './support/related-paths-of';

const ready = findExample('public-endpoint-ready')!.document;

testRule(rule, {
  valid: [
    { name: 'the ready public plan', document: ready },
    {
      name: 'a cross-account VPC plan needs the owner',
      document: findExample('vpc-cross-account')!.document,
      notApplicable: true,
    },
  ],
  invalid: [
    {
      name: 'a leftover endpoint service owner',
      document: withPlan(ready, { keyStore: { XksProxyVpcEndpointServiceOwner: '444455556666' } }),
      errors: [{ messageId: 'service-owner', path: '/keyStore/XksProxyVpcEndpointServiceOwner' }],
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
      keyStore: { XksProxyVpcEndpointServiceOwner: '444455556666' },
    });
    expect(relatedPathsOf(rule, document)).toEqual([['/keyStore/XksProxyConnectivity']]);
  });
});

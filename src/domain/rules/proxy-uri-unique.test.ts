import { describe, expect, it } from 'vitest';
import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import type { ExistingKeyStore } from '../plan/plan-schema';
import rule from './proxy-uri-unique';
import { relatedPathsOf } from './support/related-paths-of';

const ready = findExample('public-endpoint-ready')!.document;
const publicStore = (fields: ExistingKeyStore): ExistingKeyStore => ({
  CustomKeyStoreName: 'other-xks',
  CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
  XksProxyConnectivity: 'PUBLIC_ENDPOINT',
  XksProxyUriEndpoint: 'https://myproxy.xks.example.com',
  ...fields,
});
const existing = (...stores: ExistingKeyStore[]) => withPlan(ready, { existingKeyStores: stores });
const path = '/keyStore/XksProxyUriPath';

testRule(rule, {
  valid: [
    { name: 'the ready public example', document: ready },
    { name: 'no other store (stated)', document: existing() },
    {
      name: 'the ready VPC example',
      document: findExample('vpc-endpoint-service-ready')!.document,
    },
    {
      name: 'the same endpoint with another path',
      document: existing(publicStore({ XksProxyUriPath: '/kms/xks/v1' })),
    },
    {
      name: 'the same address in another account',
      document: existing(
        publicStore({ XksProxyUriPath: '/finance/kms/xks/v1', accountId: '444455556666' }),
      ),
    },
    {
      name: 'a VPC plan (vpc-endpoint-unique judges its endpoint)',
      document: withPlan(findExample('vpc-endpoint-service-ready')!.document, {
        existingKeyStores: [
          publicStore({
            XksProxyUriEndpoint: 'https://myproxy-private.xks.example.com',
            XksProxyUriPath: '/kms/xks/v1',
          }),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'the same endpoint and path in the account',
      document: existing(publicStore({ XksProxyUriPath: '/finance/kms/xks/v1' })),
      errors: [{ messageId: 'in-use', path }],
    },
    {
      name: 'the same host in other case',
      document: existing(
        publicStore({
          XksProxyUriEndpoint: 'https://MyProxy.XKS.example.com',
          XksProxyUriPath: '/finance/kms/xks/v1',
        }),
      ),
      errors: [{ messageId: 'in-use', path }],
    },
  ],
  unknown: [
    {
      name: 'the other key stores of the account are not stated',
      document: withPlan(ready, { existingKeyStores: undefined }),
      missing: ['/existingKeyStores'],
    },
  ],
});

describe('an address in use', () => {
  it('also names the endpoint, the other half of the address', () => {
    const document = existing(publicStore({ XksProxyUriPath: '/finance/kms/xks/v1' }));
    expect(relatedPathsOf(rule, document)).toEqual([['/keyStore/XksProxyUriEndpoint']]);
  });
});

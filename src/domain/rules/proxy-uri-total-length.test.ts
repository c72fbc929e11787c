import { describe, expect, it } from 'vitest';
import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './proxy-uri-total-length';
import { relatedPathsOf } from './support/related-paths-of';

const ready = findExample('public-endpoint-ready')!.document;
// 128 + 100 characters: 256 - 228 - 15 leaves room for an XksKeyId of 13 characters.
const longEndpoint = `https://${'a'.repeat(116)}.com`;
const longPath = `/${'p'.repeat(88)}/kms/xks/v1`;
const longAddress = withPlan(ready, {
  keyStore: { XksProxyUriEndpoint: longEndpoint, XksProxyUriPath: longPath },
  keys: undefined,
});
const withKeyIds = (...ids: string[]) =>
  withPlan(longAddress, { keys: ids.map((XksKeyId) => ({ XksKeyId })) });

testRule(rule, {
  valid: [
    { name: 'the ready public example', document: ready },
    { name: 'a key ID that just fits', document: withKeyIds('k'.repeat(13)) },
    { name: 'long address but no keys yet', document: longAddress },
    {
      name: 'no path yet',
      document: withPlan(withKeyIds('k'.repeat(128)), { keyStore: { XksProxyUriPath: undefined } }),
    },
  ],
  invalid: [
    {
      name: 'one key ID one character too long',
      document: withKeyIds('short', 'k'.repeat(14)),
      errors: [{ messageId: 'key-id-too-long', path: '/keys/1/XksKeyId' }],
    },
    {
      name: 'endpoint and path leave no room',
      document: withPlan(withKeyIds('k'), {
        keyStore: { XksProxyUriPath: `/${'p'.repeat(105)}/kms/xks/v1` },
      }),
      errors: [{ messageId: 'no-room-for-key-id', path: '/keyStore/XksProxyUriPath' }],
    },
  ],
  unknown: {
    none: 'It judges the endpoint, path and external key IDs the plan states: key-store-required-parameters reports a missing endpoint or path, xks-key-id-required a missing XksKeyId.',
  },
});

describe('an address that leaves no room', () => {
  it('also names the endpoint, the other half of the address', () => {
    const document = withPlan(withKeyIds('k'), {
      keyStore: { XksProxyUriPath: `/${'p'.repeat(105)}/kms/xks/v1` },
    });
    expect(relatedPathsOf(rule, document)).toEqual([['/keyStore/XksProxyUriEndpoint']]);
  });
});

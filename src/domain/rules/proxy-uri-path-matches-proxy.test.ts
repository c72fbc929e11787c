import { describe, expect, it } from 'vitest';
import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './proxy-uri-path-matches-proxy';
import { relatedPathsOf } from './support/related-paths-of';

const ready = findExample('public-endpoint-ready')!.document;
const path = '/keyStore/XksProxyUriPath';

testRule(rule, {
  valid: [
    { name: 'the ready public example', document: ready },
    {
      name: 'the ready VPC example',
      document: findExample('vpc-endpoint-service-ready')!.document,
    },
    {
      name: 'the proxy path is not stated',
      document: withPlan(ready, { proxy: { uriPath: undefined } }),
    },
  ],
  invalid: [
    {
      name: 'another prefix',
      document: withPlan(ready, { proxy: { uriPath: '/kms/xks/v1' } }),
      errors: [{ messageId: 'differs', path }],
    },
    {
      name: 'paths differ in case only',
      document: withPlan(ready, { proxy: { uriPath: '/Finance/kms/xks/v1' } }),
      errors: [{ messageId: 'differs', path }],
    },
  ],
  unknown: {
    none: 'The path is stated once, as XksProxyUriPath (key-store-required-parameters reports it missing); proxy.uriPath is stated only when the proxy is configured with another path, so its absence means the proxy serves XksProxyUriPath.',
  },
});

describe('a path mismatch', () => {
  it('also names the proxy path, so the proxy step shows the finding', () => {
    const document = withPlan(ready, { proxy: { uriPath: '/kms/xks/v1' } });
    expect(relatedPathsOf(rule, document)).toEqual([['/proxy/uriPath']]);
  });
});

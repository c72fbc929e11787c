import { describe, expect, it } from 'vitest';
import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import type { Plan } from '../plan/plan-schema';
import rule from './proxy-cipher-suites';
import { relatedPathsOf } from './support/related-paths-of';

const ready = findExample('public-endpoint-ready')!.document;
type Proxy = NonNullable<Plan['proxy']>;
const proxy = (
  cipherSuites: Proxy['cipherSuites'],
  tlsVersions?: Proxy['tlsVersions'],
  region = 'eu-west-1',
) => withPlan(ready, { region, proxy: { cipherSuites, tlsVersions } });
const path = '/proxy/cipherSuites';
const chacha = 'TLS_CHACHA20_POLY1305_SHA256';

testRule(rule, {
  valid: [
    { name: 'TLS 1.3 and 1.2 suites', document: ready },
    { name: 'ChaCha20 outside GovCloud', document: findExample('vpc-cross-account')!.document },
    {
      name: 'an OpenSSL name for a TLS 1.2 suite',
      document: proxy(['ECDHE-RSA-AES256-GCM-SHA384'], ['TLSv1.2']),
    },
    {
      name: 'ChaCha20 with another suite in GovCloud',
      document: proxy([chacha, 'TLS_AES_256_GCM_SHA384'], ['TLSv1.3'], 'us-gov-west-1'),
    },
    {
      name: 'suites of both versions, versions not stated',
      document: proxy(['TLS_AES_256_GCM_SHA384', 'ECDHE-RSA-AES256-GCM-SHA384']),
    },
    {
      name: 'no TLS 1.2 or 1.3 at all (proxy-tls-version reports it)',
      document: proxy(['TLS_RSA_WITH_AES_128_CBC_SHA'], ['TLSv1.1']),
    },
  ],
  invalid: [
    {
      name: 'only suites KMS does not use',
      document: proxy(
        ['TLS_RSA_WITH_AES_128_CBC_SHA', 'TLS_AES_128_GCM_SHA256'],
        ['TLSv1.2', 'TLSv1.3'],
      ),
      errors: [{ messageId: 'no-suite-kms-uses', path }],
    },
    {
      name: 'TLS 1.3 suites while only TLS 1.2 is accepted',
      document: proxy(['TLS_AES_256_GCM_SHA384'], ['TLSv1.2']),
      errors: [{ messageId: 'tls-version-mismatch', path }],
    },
    {
      name: 'only ChaCha20 in GovCloud',
      document: proxy([chacha], ['TLSv1.2', 'TLSv1.3'], 'us-gov-east-1'),
      errors: [{ messageId: 'govcloud-chacha-only', path }],
    },
  ],
  unknown: [
    {
      name: 'TLS 1.3 suites without the versions stated',
      document: proxy(['TLS_AES_256_GCM_SHA384']),
      missing: ['/proxy/tlsVersions'],
    },
    { name: 'not stated yet', document: proxy(undefined), missing: [path] },
    { name: 'an empty list', document: proxy([], ['TLSv1.3']), missing: [path] },
    {
      name: 'only ChaCha20 without a Region',
      document: withPlan(proxy([chacha], ['TLSv1.3']), { region: undefined }),
      missing: ['/region'],
    },
  ],
});

describe('findings about two fields', () => {
  it('name the TLS versions for a version mismatch, the Region for GovCloud', () => {
    expect(relatedPathsOf(rule, proxy(['TLS_AES_256_GCM_SHA384'], ['TLSv1.2']))).toEqual([
      ['/proxy/tlsVersions'],
    ]);
    expect(relatedPathsOf(rule, proxy([chacha], ['TLSv1.3'], 'us-gov-east-1'))).toEqual([
      ['/region'],
    ]);
  });
});

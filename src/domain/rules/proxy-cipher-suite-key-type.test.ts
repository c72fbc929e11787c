import { withChain } from '../../testing/chain-test-case';
import { buildTestChains } from '../../testing/openssl-chains';
import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import type { Plan } from '../plan/plan-schema';
import rule from './proxy-cipher-suite-key-type';

const ready = findExample('public-endpoint-ready')!.document;
const chains = buildTestChains();
const rsaSuite = 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384';
const ecdsaSuite = 'ECDHE-ECDSA-AES256-GCM-SHA384';
type Proxy = NonNullable<Plan['proxy']>;
type KeyAlgorithm = NonNullable<NonNullable<Plan['tls']>['certificate']>['keyAlgorithm'];
const proxy = (
  keyAlgorithm: KeyAlgorithm,
  tlsVersions: Proxy['tlsVersions'],
  cipherSuites: Proxy['cipherSuites'],
) =>
  withPlan(ready, {
    tls: { certificate: { keyAlgorithm } },
    proxy: { tlsVersions, cipherSuites },
  });

testRule(rule, {
  valid: [
    { name: 'the ready plan: TLS 1.3 as well', document: ready },
    { name: 'TLS 1.2 only, RSA key, RSA suite', document: proxy('RSA', ['TLSv1.2'], [rsaSuite]) },
    {
      name: 'TLS 1.2 only, ECDSA key, ECDSA suite by its OpenSSL name',
      document: proxy('ECDSA', ['TLSv1.2'], [rsaSuite, ecdsaSuite]),
    },
    {
      name: 'TLS 1.3 suites work with any key',
      document: proxy('ECDSA', ['TLSv1.2', 'TLSv1.3'], [rsaSuite, 'TLS_AES_256_GCM_SHA384']),
    },
    {
      name: 'TLS terminates at the load balancer, whose policy meets KMS',
      document: withPlan(proxy('ECDSA', ['TLSv1.2'], [rsaSuite]), {
        tls: { terminatesAt: 'load-balancer' },
      }),
    },
    {
      name: 'no TLS 1.2 suite KMS uses (proxy-cipher-suites reports it)',
      document: proxy('ECDSA', ['TLSv1.2'], ['TLS_RSA_WITH_AES_128_CBC_SHA']),
    },
  ],
  unknown: [
    {
      name: 'TLS versions not stated',
      document: withPlan(ready, { proxy: { tlsVersions: undefined } }),
      missing: ['/proxy/tlsVersions'],
    },
    {
      name: 'TLS 1.2 only, suites and key type not stated',
      document: withPlan(ready, {
        tls: { certificate: { keyAlgorithm: undefined } },
        proxy: { tlsVersions: ['TLSv1.2'], cipherSuites: undefined },
      }),
      missing: ['/proxy/cipherSuites', '/tls/certificate/keyAlgorithm'],
    },
  ],
  invalid: [
    {
      name: 'TLS 1.2 only, ECDSA key, only the RSA suite',
      document: proxy('ECDSA', ['TLSv1.2'], [rsaSuite]),
      errors: [{ messageId: 'no-suite-for-key', path: '/proxy/cipherSuites' }],
    },
    {
      name: 'TLS 1.2 only, RSA key, only the ECDSA suite',
      document: proxy('RSA', ['TLSv1.2'], [ecdsaSuite]),
      errors: [{ messageId: 'no-suite-for-key', path: '/proxy/cipherSuites' }],
    },
    {
      name: 'chain: an ECDSA leaf with only the RSA suite (typed key type ignored)',
      ...(await withChain(proxy('RSA', ['TLSv1.2'], [rsaSuite]), chains.ecP256)),
      errors: [{ messageId: 'no-suite-for-key', path: '/proxy/cipherSuites' }],
    },
  ],
});

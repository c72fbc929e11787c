import { debianRoot, withChain } from '../../testing/chain-test-case';
import { buildTestChains } from '../../testing/openssl-chains';
import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './tls-certificate-root-ca-list-stale';

const publicReady = findExample('public-endpoint-ready')!.document;
const path = '/tls/certificate/rootCa';
const pemPath = '/tls/certificateChainPem';
const chains = buildTestChains();
const rootCa = (value: string) =>
  withPlan(publicReady, { tls: { certificate: { rootCa: value } } });

testRule(rule, {
  valid: [
    { name: 'a root both lists carry', document: publicReady },
    { name: 'no root stated', document: withPlan(publicReady, { tls: undefined }) },
    {
      name: 'a private root (an error of tls-certificate-root-ca-trusted)',
      document: rootCa('Example Private Root'),
    },
    {
      name: 'a dropped root that has expired (an error of tls-certificate-root-ca-expiry)',
      document: rootCa('hongkongpostrootca1'),
    },
    { name: 'chain: issued under a listed root', ...(await withChain(publicReady, chains.good)) },
    { name: 'chain: a private chain', ...(await withChain(publicReady, chains.privateChain)) },
  ],
  unknown: {
    none: 'it judges only a stated root or pasted chain; an unstated root is tls-certificate-root-ca-trusted’s',
  },
  invalid: [
    {
      name: 'a root pull request #22 adds and Debian ships',
      document: rootCa('ISRG Root X2'),
      errors: [{ messageId: 'unlisted-public-root', path }],
    },
    {
      name: 'a root only pull request #22 adds',
      document: rootCa('sslcomtlsrsarootca2022'),
      errors: [{ messageId: 'unlisted-public-root', path }],
    },
    {
      name: 'a TrustCor root by name',
      document: rootCa('TrustCor RootCert CA-1'),
      errors: [{ messageId: 'distrusted-root', path }],
    },
    {
      name: 'a root the update drops, still valid',
      document: rootCa('Network Solutions Certificate Authority'),
      errors: [{ messageId: 'dropped-by-update', path }],
    },
    {
      name: 'chain: ends at ISRG Root X2 (by fingerprint)',
      ...(await withChain(publicReady, debianRoot('ISRG_Root_X2.crt'))),
      errors: [{ messageId: 'unlisted-public-root', path: pemPath }],
    },
  ],
});

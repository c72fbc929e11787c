import { debianRoot, withChain } from '../../testing/chain-test-case';
import { buildTestChains } from '../../testing/openssl-chains';
import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './tls-certificate-root-ca-trusted';

const publicReady = findExample('public-endpoint-ready')!.document;
const path = '/tls/certificate/rootCa';
const pemPath = '/tls/certificateChainPem';
const chains = buildTestChains();
const rootCa = (value: string | undefined) =>
  withPlan(publicReady, { tls: { certificate: { rootCa: value } } });

testRule(rule, {
  valid: [
    { name: 'root by subject CN', document: publicReady },
    {
      name: 'VPC: root by subject CN',
      document: findExample('vpc-endpoint-service-ready')!.document,
    },
    { name: 'root by alias', document: findExample('vpc-cross-account')!.document },
    {
      name: 'root by SHA-256 fingerprint with colons',
      document: rootCa(
        '8E:CD:E6:88:4F:3D:87:B1:12:5B:A3:1A:C3:FC:B1:3D:70:16:DE:7F:57:CC:90:4F:E1:CB:97:C6:AE:98:19:6E',
      ),
    },
    {
      name: 'chain: its issuer is the subject of a listed root (typed root ignored)',
      ...(await withChain(
        withPlan(publicReady, { tls: { certificate: { rootCa: 'self-signed' } } }),
        chains.good,
      )),
    },
    {
      name: 'a public root the published list lacks (tls-certificate-root-ca-list-stale warns)',
      document: rootCa('ISRG Root X2'),
    },
    {
      name: 'chain: ends at a public root the published list lacks (a warning elsewhere)',
      ...(await withChain(publicReady, debianRoot('ISRG_Root_X2.crt'))),
    },
    {
      name: 'chain: its issuer is a listed root whose key identifier is not recorded',
      ...(await withChain(publicReady, chains.issuedUnderListedNameWithoutKeyIdentifier)),
    },
  ],
  invalid: [
    {
      name: 'the draft with mistakes: a private root',
      document: findExample('plan-with-mistakes')!.document,
      errors: [{ messageId: 'untrusted', path }],
    },
    {
      name: 'self-signed',
      document: rootCa('self-signed'),
      errors: [{ messageId: 'untrusted', path }],
    },
    {
      name: 'chain: ends at a private self-signed root',
      ...(await withChain(publicReady, chains.privateChain)),
      errors: [{ messageId: 'chain-ends-at-untrusted-root', path: pemPath }],
    },
    {
      name: 'chain: a pasted root that only has the name of a listed root',
      ...(await withChain(publicReady, chains.goodWithTestRoot)),
      errors: [{ messageId: 'chain-ends-at-untrusted-root', path: pemPath }],
    },
    {
      name: "chain: issued under Amazon Root CA 1's name with another key",
      ...(await withChain(publicReady, chains.issuedUnderListedNameWithOtherKey)),
      errors: [{ messageId: 'chain-issuer-other-key', path: pemPath }],
    },
    {
      name: "chain: Amazon Root CA 1's name and key identifier, but not signed by its key",
      ...(await withChain(publicReady, chains.issuedUnderListedNameAndKeyIdentifierWithOtherKey)),
      errors: [{ messageId: 'chain-issuer-signature-invalid', path: pemPath }],
    },
    {
      name: 'chain: the leaf without its intermediate',
      ...(await withChain(publicReady, chains.leafOnly)),
      errors: [{ messageId: 'chain-issuer-untrusted', path: pemPath }],
    },
  ],
  unknown: [
    {
      name: 'the certificate is described but not its root',
      document: rootCa(undefined),
      missing: [path],
    },
    {
      name: 'no certificate described yet',
      document: withPlan(publicReady, { tls: undefined }),
      missing: [path],
    },
  ],
});

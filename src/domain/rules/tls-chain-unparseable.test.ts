import { withChain } from '../../testing/chain-test-case';
import { buildTestChains } from '../../testing/openssl-chains';
import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import rule from './tls-chain-unparseable';

const publicReady = findExample('public-endpoint-ready')!.document;
const path = '/tls/certificateChainPem';
const chains = buildTestChains();
const certificate = (body: string) =>
  `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;

testRule(rule, {
  valid: [
    { name: 'public example (no chain)', document: publicReady },
    { name: 'a readable chain', ...(await withChain(publicReady, chains.leafOnly)) },
    {
      name: 'a chain not analysed (the synchronous check) is not judged',
      document: { ...publicReady, tls: { certificateChainPem: 'not a certificate' } },
    },
  ],
  invalid: [
    {
      name: 'text that is not PEM',
      ...(await withChain(publicReady, 'my certificate is in the attachment')),
      errors: [{ messageId: 'not-pem', path }],
    },
    {
      name: 'blank text',
      ...(await withChain(publicReady, '   \n')),
      errors: [{ messageId: 'not-pem', path }],
    },
    {
      name: 'a private key pasted with the certificate',
      ...(await withChain(
        publicReady,
        `${chains.leafOnly}-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n`,
      )),
      errors: [{ messageId: 'private-key', path }],
    },
    {
      name: 'a cut block, a damaged block and a public key',
      ...(await withChain(
        publicReady,
        `${certificate('MIIB!!')}${certificate('aGVsbG8gd29ybGQ=')}-----BEGIN PUBLIC KEY-----\nAA==\n-----END PUBLIC KEY-----\n-----BEGIN CERTIFICATE-----\nMIIB`,
      )),
      errors: [
        { messageId: 'unreadable-block', path },
        { messageId: 'unreadable-block', path },
        { messageId: 'unreadable-block', path },
        { messageId: 'unreadable-block', path },
      ],
    },
  ],
  unknown: {
    none: 'it judges a pasted chain only; a plan without one describes the certificate in its typed fields',
  },
});

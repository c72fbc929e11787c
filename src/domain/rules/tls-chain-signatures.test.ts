import { withChain } from '../../testing/chain-test-case';
import { buildTestChains } from '../../testing/openssl-chains';
import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import rule from './tls-chain-signatures';

const publicReady = findExample('public-endpoint-ready')!.document;
const chains = buildTestChains();

testRule(rule, {
  valid: [
    { name: 'public example (no chain)', document: publicReady },
    { name: 'RSA leaf under an ECDSA P-384 CA', ...(await withChain(publicReady, chains.good)) },
    { name: 'ECDSA P-521 leaf', ...(await withChain(publicReady, chains.ecP521)) },
    { name: 'Ed25519 leaf', ...(await withChain(publicReady, chains.ed25519)) },
    {
      name: 'the root pasted too, its own signature intact',
      ...(await withChain(publicReady, chains.goodWithTestRoot)),
    },
    {
      name: 'out of order: no issuer name matches, nothing to verify',
      ...(await withChain(publicReady, chains.intermediateFirst)),
    },
  ],
  invalid: [
    {
      name: 'the leaf was signed by another CA key with the same name',
      ...(await withChain(publicReady, chains.brokenSignature)),
      errors: [{ messageId: 'signature-invalid', path: '/tls/certificateChainPem' }],
    },
    {
      name: 'the pasted root was changed after it was signed',
      ...(await withChain(publicReady, chains.goodWithAlteredTestRoot)),
      errors: [{ messageId: 'self-signature-invalid', path: '/tls/certificateChainPem' }],
    },
  ],
  unknown: {
    none: 'it judges a pasted chain only; without one, the typed certificate fields are judged by the tls-certificate-* rules',
  },
});

import { withChain } from '../../testing/chain-test-case';
import { buildTestChains } from '../../testing/openssl-chains';
import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import rule from './tls-chain-order';

const publicReady = findExample('public-endpoint-ready')!.document;
const path = '/tls/certificateChainPem';
const chains = buildTestChains();

testRule(rule, {
  valid: [
    { name: 'public example (no chain)', document: publicReady },
    { name: 'leaf, then its issuing CA', ...(await withChain(publicReady, chains.good)) },
    { name: 'with the root last', ...(await withChain(publicReady, chains.privateChain)) },
    { name: 'the leaf alone', ...(await withChain(publicReady, chains.leafOnly)) },
  ],
  invalid: [
    {
      name: 'the intermediate pasted first',
      ...(await withChain(publicReady, chains.intermediateFirst)),
      errors: [
        { messageId: 'leaf-not-first', path },
        { messageId: 'not-issued-by-next', path },
      ],
    },
    {
      name: 'the root between the leaf and its intermediate',
      ...(await withChain(publicReady, chains.rootInTheMiddle)),
      errors: [
        { messageId: 'out-of-order', path },
        { messageId: 'root-not-last', path },
      ],
    },
  ],
  unknown: {
    none: 'it judges a pasted chain only; without one, the typed certificate fields are judged by the tls-certificate-* rules',
  },
});

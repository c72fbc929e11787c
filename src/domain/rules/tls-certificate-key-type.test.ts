import { withChain } from '../../testing/chain-test-case';
import { buildTestChains } from '../../testing/openssl-chains';
import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import type { Plan } from '../plan/plan-schema';
import rule from './tls-certificate-key-type';

const publicReady = findExample('public-endpoint-ready')!.document;
const pemPath = '/tls/certificateChainPem';
const chains = buildTestChains();
type Certificate = NonNullable<NonNullable<Plan['tls']>['certificate']>;
const key = (keyAlgorithm: Certificate['keyAlgorithm'], keySize: Certificate['keySize']) =>
  withPlan(publicReady, { tls: { certificate: { keyAlgorithm, keySize } } });

testRule(rule, {
  valid: [
    { name: 'public example: RSA 2048', document: publicReady },
    {
      name: 'VPC example: ECDSA P-256',
      document: findExample('vpc-endpoint-service-ready')!.document,
    },
    {
      name: 'cross-account VPC example: RSA 3072',
      document: findExample('vpc-cross-account')!.document,
    },
    { name: 'ECDSA P-384', document: key('ECDSA', 384) },
    { name: 'chain: RSA 2048 leaf', ...(await withChain(publicReady, chains.good)) },
    { name: 'chain: ECDSA P-256 leaf', ...(await withChain(publicReady, chains.ecP256)) },
  ],
  invalid: [
    {
      name: 'the draft with mistakes: RSA 1024',
      document: findExample('plan-with-mistakes')!.document,
      errors: [{ messageId: 'rsa-too-small', path: '/tls/certificate/keySize' }],
    },
    {
      name: 'ECDSA P-521',
      document: key('ECDSA', 521),
      errors: [{ messageId: 'ecdsa-curve', path: '/tls/certificate/keySize' }],
    },
    {
      name: 'Ed25519',
      document: key('Ed25519', 256),
      errors: [{ messageId: 'ed25519', path: '/tls/certificate/keyAlgorithm' }],
    },
    {
      name: 'chain: RSA 1024 leaf',
      ...(await withChain(publicReady, chains.rsa1024)),
      errors: [{ messageId: 'rsa-too-small', path: pemPath }],
    },
    {
      name: 'chain: ECDSA P-521 leaf',
      ...(await withChain(publicReady, chains.ecP521)),
      errors: [{ messageId: 'ecdsa-curve', path: pemPath }],
    },
    {
      name: 'chain: Ed25519 leaf',
      ...(await withChain(publicReady, chains.ed25519)),
      errors: [{ messageId: 'ed25519', path: pemPath }],
    },
    {
      name: 'chain: Ed448 leaf',
      ...(await withChain(publicReady, chains.ed448)),
      errors: [{ messageId: 'other-algorithm', path: pemPath }],
    },
  ],
  unknown: [
    {
      name: 'RSA without a size yet',
      document: key('RSA', undefined),
      missing: ['/tls/certificate/keySize'],
    },
    {
      name: 'ECDSA without a size yet',
      document: key('ECDSA', undefined),
      missing: ['/tls/certificate/keySize'],
    },
    {
      name: 'no key described yet',
      document: key(undefined, undefined),
      missing: ['/tls/certificate/keyAlgorithm'],
    },
  ],
});

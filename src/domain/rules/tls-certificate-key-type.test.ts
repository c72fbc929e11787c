import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './tls-certificate-key-type';

const publicReady = findExample('public-endpoint-ready')!.document;
const key = (keyAlgorithm: string | undefined, keySize: number | undefined) =>
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
    { name: 'RSA without a size yet', document: key('RSA', undefined) },
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
  ],
});

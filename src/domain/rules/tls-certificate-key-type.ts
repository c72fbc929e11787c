import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide, proxyApiSpec } from './support/sources';
import {
  certificateFieldsNotStated,
  certificateHolder,
  serverCertificate,
} from './support/tls-certificate';

const baselineRequirements = 'https://cabforum.org/working-groups/server/baseline-requirements/';
const minimumRsaBits = 2048;
/** ECDSA key sizes of the curves public CAs issue TLS certificates for: P-256 and P-384. */
const ecdsaKeySizes: ReadonlySet<number> = new Set([256, 384]);
const ecdsaCurves: ReadonlySet<string> = new Set(['P-256', 'P-384']);

// A warning, not an error: AWS documents no key requirement for the certificate, only the cipher
// suites KMS offers (TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 and TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384
// for TLS 1.2, two key-independent TLS 1.3 suites). The limits below are those of the CA/Browser
// Forum Baseline Requirements that the public CAs on AWS's list follow: such a certificate would
// not come from those CAs, and KMS support for it is undocumented.
export default defineRule<Plan, 'rsa-too-small' | 'ecdsa-curve' | 'ed25519' | 'other-algorithm'>({
  id: 'tls-certificate-key-type',
  target: 'plan',
  severity: 'warning',
  title: 'The TLS certificate key is RSA of 2048 bits or more, or ECDSA P-256 or P-384',
  description:
    'The cipher suites KMS offers an XKS proxy authenticate the server with an RSA key (ECDHE_RSA) or an ECDSA key (ECDHE_ECDSA). Public CAs issue TLS certificates for RSA keys of at least 2048 bits and ECDSA keys on P-256 or P-384; other keys are unlikely to chain to a trusted root or to be accepted by KMS.',
  messages: {
    'rsa-too-small': {
      message:
        'The certificate has a {{keySize}}-bit RSA key. Public CAs issue TLS certificates only for RSA keys of at least 2048 bits, and TLS clients increasingly refuse smaller keys, so KMS is unlikely to accept it.',
      fix: 'Generate an RSA key of 2048 bits or more (or an ECDSA P-256 key) for {{certificateHolder}}, and get a new certificate for it.',
    },
    'ecdsa-curve': {
      message:
        'The certificate has an ECDSA key on {{curve}}. Public CAs issue TLS certificates for ECDSA keys on P-256 (256 bits) and P-384 (384 bits); other curves may not chain to a trusted root or be offered by KMS.',
      fix: 'Generate an ECDSA key on P-256 or P-384 (or an RSA key of 2048 bits or more) for {{certificateHolder}}, and get a new certificate for it.',
    },
    ed25519: {
      message:
        'The certificate has an Ed25519 key. The TLS 1.2 suites KMS offers are documented for RSA and ECDSA keys, public CAs do not issue Ed25519 TLS certificates, and AWS does not say that KMS accepts them.',
      fix: 'Use an ECDSA P-256 or P-384 key, or an RSA key of 2048 bits or more, for {{certificateHolder}}.',
    },
    'other-algorithm': {
      message:
        'The first certificate of the pasted chain has a {{keyDescription}} key. The cipher suites KMS offers authenticate the server with an RSA or ECDSA key only, so KMS cannot use this certificate.',
      fix: 'Use an ECDSA P-256 or P-384 key, or an RSA key of 2048 bits or more, for {{certificateHolder}}.',
    },
  },
  reads: [
    '/tls/terminatesAt',
    '/tls/certificateChainPem',
    '/tls/certificate/keyAlgorithm',
    '/tls/certificate/keySize',
  ],
  appliesTo: 'all',
  sources: [proxyApiSpec, guide('keystore-external.html#concept-xks-proxy'), baselineRequirements],
  facts: ['XKS-PROXY-CIPHER-SUITES', 'XKS-TLS-CA-TRUSTED'],
  check(plan, { report, unknown, certificateChain }) {
    const certificate = serverCertificate(plan, certificateChain);
    const { keyAlgorithm, keySize, leaf } = certificate;
    // Only RSA and ECDSA keys are judged by their size.
    const sized = keyAlgorithm === 'RSA' || keyAlgorithm === 'ECDSA';
    unknown(
      certificateFieldsNotStated(
        certificate,
        sized ? ['keyAlgorithm', 'keySize'] : ['keyAlgorithm'],
      ),
    );
    const holder = { certificateHolder: certificateHolder(plan) };
    const path = certificate.path('keySize');
    if (keyAlgorithm === 'Ed25519') {
      report({ messageId: 'ed25519', path: certificate.path('keyAlgorithm'), data: holder });
    } else if (leaf && keyAlgorithm !== 'RSA' && keyAlgorithm !== 'ECDSA') {
      const keyDescription = leaf.publicKey.description;
      report({ messageId: 'other-algorithm', path, data: { ...holder, keyDescription } });
    } else if (keyAlgorithm === 'RSA' && keySize !== undefined && keySize < minimumRsaBits) {
      report({ messageId: 'rsa-too-small', path, data: { ...holder, keySize } });
    } else if (keyAlgorithm === 'ECDSA' && (leaf || keySize !== undefined)) {
      // A parsed certificate names its curve; a typed one gives only the key size.
      const curve = leaf ? (leaf.publicKey.curve ?? 'an uncommon curve') : `a ${keySize}-bit curve`;
      const usable = leaf ? ecdsaCurves.has(curve) : ecdsaKeySizes.has(keySize!);
      if (!usable) report({ messageId: 'ecdsa-curve', path, data: { ...holder, curve } });
    }
  },
});

import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { findKmsCipherSuite } from './support/kms-cipher-suites';
import { guide, proxyApiSpec } from './support/sources';
import { serverCertificate } from './support/tls-certificate';

const path = ['proxy', 'cipherSuites'];

export default defineRule<Plan, 'no-suite-for-key'>({
  id: 'proxy-cipher-suite-key-type',
  target: 'plan',
  severity: 'error',
  title: 'With TLS 1.2 only, the proxy offers a suite for its certificate’s key type',
  description:
    'A TLS 1.2 cipher suite works only with a certificate of the matching key type: TLS_ECDHE_RSA_* needs an RSA certificate, TLS_ECDHE_ECDSA_* an ECDSA one (TLS 1.3 suites work with either). A proxy that accepts only TLS 1.2 and offers none of the suites KMS uses for its certificate’s key cannot complete the handshake with KMS.',
  messages: {
    'no-suite-for-key': {
      message:
        'The proxy accepts only TLS 1.2 and offers {{offered}} of the suites KMS uses, but its certificate has an {{keyType}} key, which needs {{needed}}: the TLS handshake with KMS fails (XKS_PROXY_INVALID_TLS_CONFIGURATION).',
      fix: 'Offer {{needed}} on the proxy, or accept TLS 1.3 as well (its suites work with any key type), or use a certificate with a key that fits the offered suite.',
    },
  },
  reads: [
    '/tls/terminatesAt',
    '/tls/certificateChainPem',
    '/tls/certificate/keyAlgorithm',
    '/proxy/tlsVersions',
    '/proxy/cipherSuites',
  ],
  requires: ['/proxy/tlsVersions'],
  appliesTo: 'all',
  sources: [
    guide('keystore-external.html#concept-xks-proxy'),
    proxyApiSpec,
    'https://www.rfc-editor.org/rfc/rfc8422#section-5.1',
    'https://www.rfc-editor.org/rfc/rfc5246#section-7.4.2',
  ],
  facts: ['TLS-SUITE-KEY-TYPE'],
  check(plan, { report, unknown, certificateChain }) {
    // Behind a TLS listener the load balancer's policy, not the proxy's suites, meets KMS.
    if (plan.tls?.terminatesAt === 'load-balancer') return;
    const versions = plan.proxy?.tlsVersions ?? [];
    if (!versions.includes('TLSv1.2') || versions.includes('TLSv1.3')) return;
    const offered = plan.proxy?.cipherSuites;
    const certificate = serverCertificate(plan, certificateChain);
    const keyType = certificate.keyAlgorithm;
    const missing = [
      ...(offered === undefined ? [['proxy', 'cipherSuites']] : []),
      ...(keyType === undefined ? [certificate.path('keyAlgorithm')] : []),
    ];
    if (missing.length > 0) {
      unknown(missing);
      return;
    }
    if (keyType !== 'RSA' && keyType !== 'ECDSA') return;
    const tls12Suites = offered!
      .map(findKmsCipherSuite)
      .filter((suite) => suite?.tlsVersion === 'TLSv1.2');
    // No TLS 1.2 suite KMS uses at all is proxy-cipher-suites' error.
    if (tls12Suites.length === 0) return;
    if (tls12Suites.some((suite) => suite?.certificateKey === keyType)) return;
    report({
      messageId: 'no-suite-for-key',
      path,
      relatedPaths: [['proxy', 'tlsVersions'], certificate.path('keyAlgorithm')],
      data: {
        offered: tls12Suites.map((suite) => suite!.name).join(', '),
        keyType,
        needed:
          keyType === 'RSA'
            ? 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'
            : 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
      },
    });
  },
});

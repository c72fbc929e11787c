import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide, proxyApiSpec } from './support/sources';
import {
  certificateFieldsNotStated,
  certificateHolder,
  certificateNameCovers,
  coveringAlternativeName,
  kmsHost,
  kmsHostNotStated,
  serverCertificate,
} from './support/tls-certificate';

// A warning, not an error: AWS documents only the subject CN, yet standard TLS host name checks
// (RFC 6125, RFC 2818) use the subject alternative names and ignore the CN when SANs are present.
// Whether KMS accepts a certificate named only in its SANs is undocumented, so it is a risk to
// remove before go-live, not a certain failure.
export default defineRule<Plan, 'common-name-differs' | 'common-name-not-stated'>({
  id: 'tls-certificate-name-only-in-san',
  target: 'plan',
  severity: 'warning',
  title: 'The TLS certificate names the host in its subject CN, not only in a SAN',
  description:
    'AWS documents that the subject common name (CN) of the TLS server certificate must match the host KMS connects to. When only a subject alternative name (SAN) matches, standard TLS clients would accept the certificate, but AWS does not say that KMS does, so the setup relies on undocumented behaviour.',
  messages: {
    'common-name-differs': {
      message:
        'The certificate subject CN "{{commonName}}" does not match {{host}}, the host KMS connects to ({{hostField}}); only the subject alternative name "{{alternativeName}}" does. AWS documents that the CN must match, and does not say whether KMS accepts a match in the SANs alone; if it does not, connecting fails with XKS_PROXY_INVALID_TLS_CONFIGURATION.',
      fix: 'Prefer a certificate for {{certificateHolder}} whose subject CN is {{host}} (or a one-label wildcard that covers it); otherwise test the connection from KMS well before go-live.',
    },
    'common-name-not-stated': {
      message:
        'The first certificate of the pasted chain has no subject CN; only the subject alternative name "{{alternativeName}}" is known to match {{host}}, the host KMS connects to ({{hostField}}). AWS documents that the CN must match, and does not say whether KMS accepts a certificate without a matching CN.',
      fix: 'Prefer a certificate for {{certificateHolder}} whose CN is {{host}}, or test the connection from KMS well before go-live.',
    },
  },
  reads: [
    '/keyStore/XksProxyConnectivity',
    '/keyStore/XksProxyUriEndpoint',
    '/endpointService/privateDnsName',
    '/tls/terminatesAt',
    '/tls/certificateChainPem',
    '/tls/certificate/subjectCommonName',
    '/tls/certificate/subjectAlternativeNames/*',
  ],
  appliesTo: 'all',
  sources: [
    guide('choose-xks-connectivity.html'),
    guide('vpc-connectivity.html'),
    proxyApiSpec,
    'https://www.rfc-editor.org/rfc/rfc6125#section-6.4.4',
  ],
  facts: ['XKS-TLS-CN-MATCH'],
  check(plan, { report, unknown, certificateChain }) {
    const target = kmsHost(plan);
    if (target === undefined) {
      unknown(kmsHostNotStated(plan));
      return;
    }
    const certificate = serverCertificate(plan, certificateChain);
    const path = certificate.path('subjectCommonName');
    const alternativeName = coveringAlternativeName(certificate, target.host);
    if (alternativeName === undefined) return;
    const data = {
      host: target.host,
      hostField: target.field,
      alternativeName,
      certificateHolder: certificateHolder(plan),
    };
    const commonName = certificate.subjectCommonName;
    if (commonName === undefined || commonName.trim() === '') {
      if (certificate.leaf) report({ messageId: 'common-name-not-stated', path, data });
      else unknown(certificateFieldsNotStated(certificate, ['subjectCommonName']));
    } else if (!certificateNameCovers(commonName, target.host)) {
      report({ messageId: 'common-name-differs', path, data: { ...data, commonName } });
    }
  },
});

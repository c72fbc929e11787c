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

/** The CNs that cover a host, in words: the name itself, or a wildcard for its parent domain. */
function acceptedCommonNames(host: string): string {
  const labels = host.split('.');
  // A wildcard directly under a top-level domain (*.com) is not something a CA issues.
  return labels.length > 2 ? `${host} or *.${labels.slice(1).join('.')}` : host;
}

export default defineRule<Plan, 'mismatch' | 'chain-leaf-without-name'>({
  id: 'tls-certificate-name-matches-host',
  target: 'plan',
  severity: 'error',
  title: 'The TLS certificate names the host KMS connects to',
  description:
    'KMS checks that the subject common name (CN) of the TLS server certificate matches the host in XksProxyUriEndpoint (for VPC connectivity, the private DNS name of the endpoint service), exactly or through a one-label wildcard such as *.xks.example.com. Otherwise connecting fails with XKS_PROXY_INVALID_TLS_CONFIGURATION. The certificate is the first of the pasted chain when there is one, otherwise the one the plan describes. A certificate that names the host only in a subject alternative name is judged by tls-certificate-name-only-in-san.',
  messages: {
    mismatch: {
      message:
        'The certificate subject CN "{{commonName}}" does not match {{host}}, the host KMS connects to ({{hostField}}), and no subject alternative name does either (its SANs: {{alternativeNames}}). KMS refuses the TLS connection (XKS_PROXY_INVALID_TLS_CONFIGURATION). A wildcard covers exactly one leftmost label: *.example.com covers a.example.com, not a.b.example.com nor example.com.',
      fix: 'Get a certificate for {{certificateHolder}} whose subject CN is {{acceptedNames}}, or change the endpoint to a name the certificate covers.',
    },
    'chain-leaf-without-name': {
      message:
        'The first certificate of the pasted chain has no subject CN, and none of its subject alternative names ({{alternativeNames}}) covers {{host}}, the host KMS connects to ({{hostField}}). KMS refuses the TLS connection (XKS_PROXY_INVALID_TLS_CONFIGURATION).',
      fix: 'Get a certificate for {{certificateHolder}} whose subject CN is {{acceptedNames}}, and paste its chain with that certificate first.',
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
    guide('xks-troubleshooting.html#fix-xks-gen-configuration'),
    proxyApiSpec,
  ],
  facts: ['XKS-TLS-CN-MATCH', 'PUB-CERT', 'VPC-CERT-PRIVATE-DNS'],
  check(plan, { report, unknown, certificateChain }) {
    const target = kmsHost(plan);
    if (target === undefined) {
      unknown(kmsHostNotStated(plan));
      return;
    }
    const certificate = serverCertificate(plan, certificateChain);
    // A SAN that covers the host leaves a doubt, not a certain failure: the SAN rule reports it.
    if (coveringAlternativeName(certificate, target.host) !== undefined) return;
    const path = certificate.path('subjectCommonName');
    const data = {
      host: target.host,
      hostField: target.field,
      acceptedNames: acceptedCommonNames(target.host),
      alternativeNames:
        certificate.subjectAlternativeNames === undefined
          ? 'not stated'
          : certificate.subjectAlternativeNames.join(', ') || 'none',
      certificateHolder: certificateHolder(plan),
    };
    const commonName = certificate.subjectCommonName;
    if (commonName === undefined || commonName.trim() === '') {
      if (certificate.leaf) report({ messageId: 'chain-leaf-without-name', path, data });
      else unknown(certificateFieldsNotStated(certificate, ['subjectCommonName']));
    } else if (!certificateNameCovers(commonName, target.host)) {
      report({ messageId: 'mismatch', path, data: { ...data, commonName } });
    }
  },
});

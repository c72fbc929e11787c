import { guide, trustedCaList } from '../../rules/support/sources';
import type { SectionCoverage } from './types';

// Section 1.5 (TLS server certificate and trusted CAs). Rules tls-certificate-* and tls-chain-*
// cover facts 34-37 and 39: from the pasted PEM chain when there is one (names, validity, key,
// order, signatures, trusted root), otherwise from the fields the plan states. These items cover
// what only the live endpoint or the CA shows: what the server really sends, domain validation.
export const coverage: SectionCoverage = {
  checklist: [
    {
      id: 'tls-chain-tested',
      text: "Run an SSL test tool against the host KMS connects to (for example `openssl s_client -connect <host>:443 -servername <host> -showcerts`; from inside the VPC for VPC connectivity) and confirm the server sends the chain pasted into the plan: its intermediate certificates, in order, ending at a root on AWS's trusted list.",
      appliesTo: 'all',
      facts: ['XKS-TLS-CHAIN', 'XKS-TLS-CA-TRUSTED'],
      sources: [guide('xks-troubleshooting.html#fix-xks-gen-configuration'), trustedCaList],
    },
    {
      id: 'tls-domain-ownership-proof',
      text: 'Confirm you can prove ownership of the domain of the proxy host name to the CA (DNS or HTTP validation) before you order the TLS certificate.',
      appliesTo: 'all',
      facts: ['XKS-TLS-DOMAIN-PROOF'],
      sources: [guide('create-xks-keystore.html#require-endpoint')],
    },
    {
      id: 'tls-wildcard-expiry-metric',
      text: 'If the certificate CN is a wildcard, verify after connecting that the XksProxyCertificateDaysToExpire metric shows values; if it does not, monitor the certificate expiry another way.',
      appliesTo: 'all',
      when: { certificate: 'wildcard' },
      facts: ['XKS-TLS-WILDCARD-METRIC'],
      sources: [guide('xks-monitoring.html')],
    },
  ],
  notApplicable: {},
};

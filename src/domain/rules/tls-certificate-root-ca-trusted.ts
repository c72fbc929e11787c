import { findTrustedRootCa } from '../aws/trusted-cas';
import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide, proxyApiSpec, trustedCaList } from './support/sources';
import { certificateHolder, certificatePath } from './support/tls-certificate';

const path = certificatePath('rootCa');

export default defineRule<Plan, 'untrusted' | 'not-stated'>({
  id: 'tls-certificate-root-ca-trusted',
  target: 'plan',
  severity: 'error',
  title: "The TLS certificate chains to a root CA on AWS's trusted list",
  description:
    "KMS trusts a proxy's TLS server certificate only when it chains to one of the public root CAs on AWS's Trusted Certificate Authorities list. A private or self-signed CA makes connecting fail with XKS_PROXY_INVALID_TLS_CONFIGURATION.",
  messages: {
    untrusted: {
      message:
        'The root CA "{{rootCa}}" is not on AWS\'s list of trusted certificate authorities for external key store proxies, so KMS does not trust the certificate {{certificateHolder}} presents and connecting fails (XKS_PROXY_INVALID_TLS_CONFIGURATION). Private and self-signed CAs are never accepted.',
      fix: "Get the certificate from a public CA whose root is on AWS's list, and enter that root by its alias, subject CN or SHA-256 fingerprint (e.g. amazonrootca1 or Amazon Root CA 1). If you gave the intermediate CA by mistake, enter the root it chains to.",
    },
    'not-stated': {
      message:
        "The plan describes the TLS certificate but not the root CA it chains to, so it cannot be checked against AWS's list of trusted certificate authorities. KMS refuses a certificate that does not chain to a root on that list (XKS_PROXY_INVALID_TLS_CONFIGURATION).",
      fix: 'Enter the root CA of the certificate {{certificateHolder}} presents: its alias, subject CN or SHA-256 fingerprint.',
    },
  },
  reads: ['/tls/terminatesAt', '/tls/certificate', '/tls/certificate/rootCa'],
  appliesTo: 'all',
  sources: [trustedCaList, guide('create-xks-keystore.html#require-endpoint'), proxyApiSpec],
  facts: ['XKS-TLS-CA-TRUSTED', 'PUB-CERT', 'VPC-CERT-PRIVATE-DNS'],
  check(plan, { report }) {
    const certificate = plan.tls?.certificate;
    // Asking for the root only once the user has started describing the certificate.
    if (certificate === undefined) return;
    const holder = { certificateHolder: certificateHolder(plan) };
    const rootCa = certificate.rootCa;
    if (rootCa === undefined || rootCa.trim() === '') {
      report({ messageId: 'not-stated', path, data: holder });
    } else if (findTrustedRootCa(rootCa) === undefined) {
      report({ messageId: 'untrusted', path, data: { ...holder, rootCa } });
    }
  },
});

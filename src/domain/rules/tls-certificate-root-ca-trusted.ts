import { findTrustedRootCa } from '../aws/trusted-cas';
import { findUnlistedPublicRootCa } from '../aws/unlisted-public-root-cas';
import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { ordinal } from '../tls/chain-wording';
import { guide, proxyApiSpec, trustedCaList } from './support/sources';
import {
  analysedChain,
  certificateHolder,
  certificatePath,
  chainPath,
} from './support/tls-certificate';

const path = certificatePath('rootCa');

export default defineRule<
  Plan,
  | 'untrusted'
  | 'chain-ends-at-untrusted-root'
  | 'chain-issuer-untrusted'
  | 'chain-issuer-other-key'
  | 'chain-issuer-signature-invalid'
>({
  id: 'tls-certificate-root-ca-trusted',
  target: 'plan',
  severity: 'error',
  title: "The TLS certificate chains to a root CA on AWS's trusted list",
  description:
    "KMS trusts a proxy's TLS server certificate only when it chains to one of the public root CAs on AWS's Trusted Certificate Authorities list. A private or self-signed CA makes connecting fail with XKS_PROXY_INVALID_TLS_CONFIGURATION. A pasted chain is matched by the SHA-256 fingerprint of a pasted root, otherwise by the issuer name of its last certificate and, where the listed root's key identifier is known, its authority key identifier (the same name with another key is another CA); otherwise the root the plan names is looked up. A certificate that names a listed root must also be signed by it: its signature must verify with the root's public key (from Debian's copy of that root). A public root that the published list (Nov 2022) lacks is left to tls-certificate-root-ca-list-stale, which warns.",
  messages: {
    untrusted: {
      message:
        'The root CA "{{rootCa}}" is not on AWS\'s list of trusted certificate authorities for external key store proxies, so KMS does not trust the certificate {{certificateHolder}} presents and connecting fails (XKS_PROXY_INVALID_TLS_CONFIGURATION). Private and self-signed CAs are never accepted.',
      fix: "Get the certificate from a public CA whose root is on AWS's list, and enter that root by its alias, subject CN or SHA-256 fingerprint (e.g. amazonrootca1 or Amazon Root CA 1). If you gave the intermediate CA by mistake, enter the root it chains to.",
    },
    'chain-ends-at-untrusted-root': {
      message:
        'The pasted chain ends at the self-signed certificate "{{topName}}" (the {{topPosition}}), which is not on AWS\'s list of trusted certificate authorities, so KMS does not trust the certificate {{certificateHolder}} presents and connecting fails (XKS_PROXY_INVALID_TLS_CONFIGURATION). Private and self-signed CAs are never accepted.',
      fix: "Get the certificate from a public CA whose root is on AWS's list, and paste its chain (the certificate, then the intermediates, optionally the root).",
    },
    'chain-issuer-untrusted': {
      message:
        'The last certificate of the pasted chain ("{{topName}}", the {{topPosition}}) is issued by "{{issuerName}}", which is not a root on AWS\'s list of trusted certificate authorities. Either an intermediate certificate is missing from the chain, or the chain leads to a CA that KMS does not trust (XKS_PROXY_INVALID_TLS_CONFIGURATION).',
      fix: 'If "{{issuerName}}" is an intermediate CA, paste its certificate after the others (the CA publishes the full chain); otherwise get a certificate from a public CA whose root is on AWS\'s list.',
    },
    'chain-issuer-other-key': {
      message:
        'The last certificate of the pasted chain ("{{topName}}", the {{topPosition}}) names "{{rootName}}" of AWS\'s trusted list as its issuer, but it was issued with another key: its authority key identifier {{authorityKeyIdentifier}} is not that root\'s key identifier {{rootKeyIdentifier}}. It chains to a different CA certificate under the same name (another generation of that root, or a CA copying its name), which is not the root on AWS\'s list, so KMS does not trust the certificate {{certificateHolder}} presents (XKS_PROXY_INVALID_TLS_CONFIGURATION).',
      fix: 'Ask the CA for the chain of this certificate that leads to the root "{{rootName}}" on AWS\'s list (key identifier {{rootKeyIdentifier}}), or get a certificate from a public CA whose root on that list issued its intermediate.',
    },
    'chain-issuer-signature-invalid': {
      message:
        'The last certificate of the pasted chain ("{{topName}}", the {{topPosition}}) names "{{rootName}}" as its issuer, but its signature does not verify with that root\'s public key: the root did not sign it (a test or private CA copying the root\'s name and key identifier), so KMS does not trust the certificate {{certificateHolder}} presents (XKS_PROXY_INVALID_TLS_CONFIGURATION).',
      fix: 'Paste the chain the CA issued for this certificate, ending at the intermediate that "{{rootName}}" signed; a certificate from a private CA needs to be replaced by one from a public CA whose root is on AWS\'s list.',
    },
  },
  reads: ['/tls/terminatesAt', '/tls/certificateChainPem', '/tls/certificate/rootCa'],
  appliesTo: 'all',
  sources: [trustedCaList, guide('create-xks-keystore.html#require-endpoint'), proxyApiSpec],
  facts: ['XKS-TLS-CA-TRUSTED', 'PUB-CERT', 'VPC-CERT-PRIVATE-DNS'],
  check(plan, { report, unknown, certificateChain }) {
    const holder = { certificateHolder: certificateHolder(plan) };
    const chain = analysedChain(plan, certificateChain);
    const top = chain?.certificates.at(-1);
    if (chain && top) {
      // A public root the published list lacks is tls-certificate-root-ca-list-stale's warning.
      if (chain.trustAnchor || chain.unlistedRoot) return;
      const data = {
        ...holder,
        topName: top.subjectCommonName ?? top.subject,
        topPosition: `${ordinal(top.position)} certificate`,
      };
      const mismatch = chain.issuerKeyMismatch;
      const forged = chain.issuerSignatureMismatch;
      if (top.selfIssued) {
        report({ messageId: 'chain-ends-at-untrusted-root', path: chainPath, data });
      } else if (forged) {
        report({
          messageId: 'chain-issuer-signature-invalid',
          path: chainPath,
          data: { ...data, rootName: forged.commonName },
        });
      } else if (mismatch) {
        report({
          messageId: 'chain-issuer-other-key',
          path: chainPath,
          data: {
            ...data,
            rootName: mismatch.commonName,
            authorityKeyIdentifier: mismatch.authorityKeyIdentifier,
            rootKeyIdentifier: mismatch.rootKeyIdentifier,
          },
        });
      } else {
        const issuerName = top.issuerCommonName ?? top.issuer;
        report({
          messageId: 'chain-issuer-untrusted',
          path: chainPath,
          data: { ...data, issuerName },
        });
      }
      return;
    }
    const rootCa = plan.tls?.certificate?.rootCa;
    if (rootCa === undefined || rootCa.trim() === '') unknown([path]);
    else if (
      findTrustedRootCa(rootCa) === undefined &&
      findUnlistedPublicRootCa(rootCa) === undefined
    ) {
      report({ messageId: 'untrusted', path, data: { ...holder, rootCa } });
    }
  },
});

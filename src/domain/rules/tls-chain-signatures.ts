import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { ordinal } from '../tls/chain-wording';
import { guide, trustedCaList } from './support/sources';
import { analysedChain, chainPath } from './support/tls-certificate';

export default defineRule<Plan, 'signature-invalid' | 'self-signature-invalid'>({
  id: 'tls-chain-signatures',
  target: 'plan',
  severity: 'error',
  title: 'Each certificate of the pasted chain is signed by the next one',
  description:
    "A certificate is issued by the next one in the chain only if that CA's key made its signature; a matching issuer name is not enough. A signature that does not verify breaks the chain to the trusted root, and KMS refuses the certificate (XKS_PROXY_INVALID_TLS_CONFIGURATION). Signatures are checked with WebCrypto where the issuer's name matches.",
  messages: {
    'signature-invalid': {
      message:
        'The signature of the {{position}} certificate ("{{name}}") does not verify with the key of the {{issuerPosition}} certificate ("{{issuerName}}"), although that certificate has its issuer\'s name{{keyIdentifierNote}}. It was signed by another key: another CA certificate with the same name (such as an older or a renewed intermediate) or a forged one.',
      fix: "Get the intermediate certificate that really issued the {{position}} certificate (the CA publishes it, and the certificate's Authority Information Access names it) and paste it in place of the {{issuerPosition}}.",
    },
    'self-signature-invalid': {
      message:
        'The {{position}} certificate ("{{name}}") is a root, but its own key does not verify its signature: it was changed after it was signed, or damaged in copying.',
      fix: 'Paste the root certificate again from its source (the CA or the proxy host), unchanged; or leave the root out: KMS trusts roots from its own list, so the chain need not include one.',
    },
  },
  reads: ['/tls/certificateChainPem'],
  appliesTo: 'all',
  sources: [guide('xks-troubleshooting.html#fix-xks-gen-configuration'), trustedCaList],
  facts: ['XKS-TLS-CHAIN', 'XKS-TLS-CA-TRUSTED'],
  check(plan, { report, certificateChain }) {
    const chain = analysedChain(plan, certificateChain);
    for (const certificate of chain?.certificates ?? []) {
      if (certificate.selfSignature !== 'invalid') continue;
      report({
        messageId: 'self-signature-invalid',
        path: chainPath,
        data: {
          position: ordinal(certificate.position),
          name: certificate.subjectCommonName ?? certificate.subject,
        },
      });
    }
    for (const link of chain?.links ?? []) {
      if (link.signature !== 'invalid') continue;
      const certificate = chain!.certificates[link.position - 1]!;
      const issuer = chain!.certificates[link.issuerPosition - 1]!;
      report({
        messageId: 'signature-invalid',
        path: chainPath,
        data: {
          position: ordinal(link.position),
          name: certificate.subjectCommonName ?? certificate.subject,
          issuerPosition: ordinal(link.issuerPosition),
          issuerName: issuer.subjectCommonName ?? issuer.subject,
          keyIdentifierNote:
            link.keyIdentifierMatches === false
              ? ', and its key identifier differs from the one the certificate names'
              : '',
        },
      });
    }
  },
});

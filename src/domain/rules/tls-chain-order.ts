import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { ordinal } from '../tls/chain-wording';
import { guide } from './support/sources';
import { analysedChain, chainPath } from './support/tls-certificate';

const tlsCertificateOrder = 'https://www.rfc-editor.org/rfc/rfc5246#section-7.4.2';

// A warning, not an error: TLS 1.2 requires this order, but TLS 1.3 clients should cope with
// another one, and AWS does not say how KMS treats it. A chain that does not reach a trusted
// root at all is an error of tls-certificate-root-ca-trusted.
export default defineRule<
  Plan,
  'leaf-not-first' | 'root-not-last' | 'out-of-order' | 'not-issued-by-next'
>({
  id: 'tls-chain-order',
  target: 'plan',
  severity: 'warning',
  title:
    'The pasted certificate chain is in order: the leaf first, each certificate issued by the next',
  description:
    'A TLS server sends its own certificate first and then each CA certificate that issued the one before it (RFC 5246 7.4.2). AWS names wrong certificate chaining as a common cause of failed connections from KMS, so the pasted chain (the one the server sends) is checked for that order.',
  messages: {
    'leaf-not-first': {
      message:
        'The 1st certificate of the chain, "{{name}}", is a CA certificate, not the server certificate. The server certificate must come first: KMS matches the host name against the first certificate it is sent.',
      fix: 'Put the server certificate (the one for the proxy host name) first, then its intermediate CA certificates.',
    },
    'root-not-last': {
      message:
        'The {{position}} certificate ("{{name}}") is a self-signed root, but other certificates follow it. A root, when it is sent at all, comes last: the certificates after it are out of order.',
      fix: 'Reorder the chain: the server certificate first, then its intermediates, the root (optional) last.',
    },
    'out-of-order': {
      message:
        'The {{position}} certificate ("{{name}}") is issued by the {{issuerPosition}} certificate, not by the one right after it. A server must send each CA certificate right after the certificate it issued; clients that expect that order fail to build the chain.',
      fix: 'Reorder the chain: the server certificate first, then the CA that issued it, then the CA that issued that one, and so on.',
    },
    'not-issued-by-next': {
      message:
        'The {{position}} certificate ("{{name}}") is issued by "{{issuerName}}", but the next certificate is "{{nextName}}", and no certificate of the chain is its issuer. The chain is broken there: an intermediate is missing or an unrelated certificate was pasted.',
      fix: 'Paste the chain the CA sent for this certificate (often named "fullchain"), without certificates of other chains.',
    },
  },
  reads: ['/tls/certificateChainPem'],
  appliesTo: 'all',
  sources: [guide('xks-troubleshooting.html#fix-xks-gen-configuration'), tlsCertificateOrder],
  facts: ['XKS-TLS-CHAIN'],
  check(plan, { report, certificateChain }) {
    const chain = analysedChain(plan, certificateChain);
    if (chain === undefined) return;
    const { certificates, links } = chain;
    const nameOf = (position: number) => {
      const certificate = certificates[position - 1];
      return certificate?.subjectCommonName ?? certificate?.subject ?? '';
    };
    if (certificates.length > 1 && certificates[0]?.isCa) {
      report({ messageId: 'leaf-not-first', path: chainPath, data: { name: nameOf(1) } });
    }
    for (const link of links) {
      if (link.issuerNameMatches) continue;
      const certificate = certificates[link.position - 1]!;
      const data = { position: ordinal(link.position), name: nameOf(link.position) };
      if (certificate.selfIssued) {
        report({ messageId: 'root-not-last', path: chainPath, data });
      } else if (certificate.issuedByPosition !== undefined) {
        const issuerPosition = ordinal(certificate.issuedByPosition);
        report({ messageId: 'out-of-order', path: chainPath, data: { ...data, issuerPosition } });
      } else {
        const issuerName = certificate.issuerCommonName ?? certificate.issuer;
        const nextName = nameOf(link.issuerPosition);
        report({
          messageId: 'not-issued-by-next',
          path: chainPath,
          data: { ...data, issuerName, nextName },
        });
      }
    }
  },
});

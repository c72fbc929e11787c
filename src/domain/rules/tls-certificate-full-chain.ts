import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide } from './support/sources';
import { analysedChain, certificateHolder, certificatePath } from './support/tls-certificate';

export default defineRule<Plan, 'leaf-only'>({
  id: 'tls-certificate-full-chain',
  target: 'plan',
  severity: 'warning',
  title: 'The TLS server sends the intermediate certificates',
  description:
    'AWS names wrong certificate chaining as a common cause of TLS failures between KMS and the proxy. KMS holds only the root CAs of its trusted list, so the server must send the intermediate certificates that link its certificate to one of those roots.',
  messages: {
    'leaf-only': {
      message:
        'The plan says {{certificateHolder}} sends only its own certificate, without the intermediate CA certificates ({{/tls/certificate/servesFullChain}}: no). A client that holds only the root CA, as KMS does, cannot build the chain, and connecting can fail with XKS_PROXY_INVALID_TLS_CONFIGURATION.',
      fix: 'Configure {{certificateHolder}} with the full chain file from the CA (the certificate followed by its intermediates), then check the endpoint with an SSL test tool.',
    },
  },
  reads: ['/tls/terminatesAt', '/tls/certificateChainPem', '/tls/certificate/servesFullChain'],
  appliesTo: 'all',
  sources: [guide('xks-troubleshooting.html#fix-xks-gen-configuration')],
  facts: ['XKS-TLS-CHAIN'],
  check(plan, { report, unknown, certificateChain }) {
    const servesFullChain = plan.tls?.certificate?.servesFullChain;
    if (servesFullChain === undefined) {
      // A pasted chain with intermediates is what the server sends, so it answers the question.
      const sent = analysedChain(plan, certificateChain)?.certificates.length ?? 0;
      if (sent < 2) unknown([certificatePath('servesFullChain')]);
      return;
    }
    if (servesFullChain) return;
    report({
      messageId: 'leaf-only',
      path: certificatePath('servesFullChain'),
      data: { certificateHolder: certificateHolder(plan) },
    });
  },
});

import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide } from './support/sources';
import {
  certificateFieldsNotStated,
  certificateHolder,
  chainPath,
  intermediateCertificates,
  parseInstant,
  serverCertificate,
} from './support/tls-certificate';

export default defineRule<
  Plan,
  'expired' | 'not-yet-valid' | 'intermediate-expired' | 'intermediate-not-yet-valid'
>({
  id: 'tls-certificate-valid-now',
  target: 'plan',
  severity: 'error',
  title: 'The TLS certificate is within its validity period',
  description:
    'KMS does not accept an expired TLS server certificate, nor one whose validity has not started. The certificate is the first of the pasted chain when there is one, otherwise the one the plan describes. The intermediate CA certificates of a pasted chain are judged too, since KMS validates each of them in the TLS handshake; a pasted self-signed root is not, as KMS uses its own copy (see tls-certificate-root-ca-expiry). With an expired certificate all traffic from KMS to the proxy stops, and nothing encrypted under the keys of the store can be decrypted until the certificate is renewed.',
  messages: {
    expired: {
      message:
        'The TLS certificate expired on {{notAfter}} (Not After). KMS refuses it, so it cannot connect to the key store, and every cryptographic operation with its keys fails until the certificate is renewed.',
      fix: 'Renew the certificate {{certificateHolder}} presents, install it, and enter its new validity dates.',
    },
    'not-yet-valid': {
      message:
        'The TLS certificate is valid only from {{notBefore}} (Not Before); until then KMS refuses it and cannot connect to the key store.',
      fix: 'Use a certificate for {{certificateHolder}} that is already valid, or plan to create and connect the key store only after {{notBefore}}.',
    },
    'intermediate-expired': {
      message:
        'The {{position}} certificate of the pasted chain, the intermediate CA "{{name}}", expired on {{notAfter}} (Not After). KMS validates every certificate the proxy presents, so the TLS handshake fails and KMS cannot connect to the key store even though the server certificate itself is valid.',
      fix: "Install the CA's current intermediate certificate (the CA publishes it) with the server certificate on {{certificateHolder}}, and paste the updated chain.",
    },
    'intermediate-not-yet-valid': {
      message:
        'The {{position}} certificate of the pasted chain, the intermediate CA "{{name}}", is valid only from {{notBefore}} (Not Before); until then the TLS handshake fails and KMS cannot connect to the key store.',
      fix: 'Install the intermediate certificate the CA publishes for today with the server certificate on {{certificateHolder}}, or plan to connect the key store only after {{notBefore}}.',
    },
  },
  reads: [
    '/tls/terminatesAt',
    '/tls/certificateChainPem',
    '/tls/certificate/notBefore',
    '/tls/certificate/notAfter',
  ],
  appliesTo: 'all',
  sources: [
    guide('monitoring-cloudwatch.html#metric-xks-proxy-certificate-days-to-expire'),
    guide('xks-troubleshooting.html'),
  ],
  facts: ['XKS-TLS-NOT-EXPIRED'],
  check(plan, { report, unknown, now, certificateChain }) {
    const certificate = serverCertificate(plan, certificateChain);
    unknown(certificateFieldsNotStated(certificate, ['notBefore', 'notAfter']));
    const { notBefore, notAfter } = certificate;
    const holder = { certificateHolder: certificateHolder(plan) };
    const end = parseInstant(notAfter, 'end');
    if (notAfter !== undefined && end !== undefined && end < now) {
      report({
        messageId: 'expired',
        path: certificate.path('notAfter'),
        data: { ...holder, notAfter },
      });
    }
    const start = parseInstant(notBefore, 'start');
    if (notBefore !== undefined && start !== undefined && start > now) {
      report({
        messageId: 'not-yet-valid',
        path: certificate.path('notBefore'),
        data: { ...holder, notBefore },
      });
    }
    for (const intermediate of intermediateCertificates(plan, certificateChain)) {
      const data = { ...holder, ...intermediate };
      if (new Date(intermediate.notAfter) < now) {
        report({ messageId: 'intermediate-expired', path: chainPath, data });
      }
      if (new Date(intermediate.notBefore) > now) {
        report({ messageId: 'intermediate-not-yet-valid', path: chainPath, data });
      }
    }
  },
});

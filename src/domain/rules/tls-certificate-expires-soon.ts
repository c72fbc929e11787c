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
const dayMs = 24 * 60 * 60 * 1000;
/** Renewal lead time: a certificate closer to expiry than this needs renewing now. */
const renewalWindowDays = 30;

interface GoLive {
  readonly goLiveDate: string;
  /** The last instant of the go-live day. */
  readonly dayEnd: Date;
}

/**
 * Why a certificate valid until `end` needs renewing before the store depends on it: it expires
 * by go-live, or within the renewal window. An already expired one is tls-certificate-valid-now's.
 */
function expiryWarning(
  end: Date,
  goLive: GoLive | undefined,
  now: Date,
): { goLiveDate: string } | { days: number } | undefined {
  if (end < now) return undefined;
  if (goLive !== undefined && end <= goLive.dayEnd) return { goLiveDate: goLive.goLiveDate };
  const days = Math.floor((end.getTime() - now.getTime()) / dayMs);
  return days < renewalWindowDays ? { days } : undefined;
}

export default defineRule<
  Plan,
  | 'before-go-live'
  | 'within-30-days'
  | 'intermediate-before-go-live'
  | 'intermediate-within-30-days'
>({
  id: 'tls-certificate-expires-soon',
  target: 'plan',
  severity: 'warning',
  title: 'The TLS certificate does not expire soon or before go-live',
  description:
    'When the TLS server certificate expires, KMS stops reaching the proxy and every operation with the keys of the store fails. A certificate that expires within 30 days, or before the planned go-live, needs renewing before the store depends on it. The intermediate CA certificates of a pasted chain are judged too: KMS validates each of them in the TLS handshake. (An already expired certificate is an error of tls-certificate-valid-now.)',
  messages: {
    'before-go-live': {
      message:
        'The TLS certificate expires on {{notAfter}} (Not After), on or before the planned go-live date {{goLiveDate}}. Once it expires, KMS cannot connect to the proxy and every operation with the keys of the store fails.',
      fix: 'Renew the certificate {{certificateHolder}} presents before go-live, automate its renewal, and alarm on the XksProxyCertificateDaysToExpire metric.',
    },
    'within-30-days': {
      message:
        'The TLS certificate expires on {{notAfter}} (Not After), in {{days}} days. Once it expires, KMS cannot connect to the proxy and every operation with the keys of the store fails.',
      fix: 'Renew the certificate {{certificateHolder}} presents now, automate its renewal, and alarm on the XksProxyCertificateDaysToExpire metric.',
    },
    'intermediate-before-go-live': {
      message:
        'The {{position}} certificate of the pasted chain, the intermediate CA "{{name}}", expires on {{notAfter}} (Not After), on or before the planned go-live date {{goLiveDate}}. Once it expires, the TLS handshake fails and KMS cannot connect to the proxy, even though the server certificate itself is still valid.',
      fix: "Install the CA's current intermediate certificate (the CA publishes it) with the server certificate on {{certificateHolder}} before go-live, and paste the updated chain.",
    },
    'intermediate-within-30-days': {
      message:
        'The {{position}} certificate of the pasted chain, the intermediate CA "{{name}}", expires on {{notAfter}} (Not After), in {{days}} days. Once it expires, the TLS handshake fails and KMS cannot connect to the proxy, even though the server certificate itself is still valid.',
      fix: "Install the CA's current intermediate certificate (the CA publishes it) with the server certificate on {{certificateHolder}} now, and paste the updated chain.",
    },
  },
  reads: [
    '/tls/terminatesAt',
    '/tls/certificateChainPem',
    '/tls/certificate/notAfter',
    '/operations/goLiveDate',
  ],
  appliesTo: 'all',
  sources: [
    guide('monitoring-cloudwatch.html#metric-xks-proxy-certificate-days-to-expire'),
    guide('xks-monitoring.html'),
  ],
  facts: ['XKS-TLS-NOT-EXPIRED'],
  check(plan, { report, unknown, now, certificateChain }) {
    const holder = { certificateHolder: certificateHolder(plan) };
    const goLiveDate = plan.operations?.goLiveDate;
    const dayEnd = parseInstant(goLiveDate, 'end');
    const goLive =
      goLiveDate !== undefined && dayEnd !== undefined ? { goLiveDate, dayEnd } : undefined;

    const certificate = serverCertificate(plan, certificateChain);
    unknown(certificateFieldsNotStated(certificate, ['notAfter']));
    const notAfter = certificate.notAfter;
    const end = parseInstant(notAfter, 'end');
    const warning = end === undefined ? undefined : expiryWarning(end, goLive, now);
    if (notAfter !== undefined && warning !== undefined) {
      report({
        messageId: 'goLiveDate' in warning ? 'before-go-live' : 'within-30-days',
        path: certificate.path('notAfter'),
        data: { ...holder, notAfter, ...warning },
      });
    }

    for (const intermediate of intermediateCertificates(plan, certificateChain)) {
      const intermediateWarning = expiryWarning(new Date(intermediate.notAfter), goLive, now);
      if (intermediateWarning === undefined) continue;
      report({
        messageId:
          'goLiveDate' in intermediateWarning
            ? 'intermediate-before-go-live'
            : 'intermediate-within-30-days',
        path: chainPath,
        data: { ...holder, ...intermediate, ...intermediateWarning },
      });
    }
  },
});

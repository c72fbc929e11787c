import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide } from './support/sources';
import { certificateHolder, parseInstant, serverCertificate } from './support/tls-certificate';
const dayMs = 24 * 60 * 60 * 1000;
/** Renewal lead time: a certificate closer to expiry than this needs renewing now. */
const renewalWindowDays = 30;

export default defineRule<Plan, 'before-go-live' | 'within-30-days'>({
  id: 'tls-certificate-expires-soon',
  target: 'plan',
  severity: 'warning',
  title: 'The TLS certificate does not expire soon or before go-live',
  description:
    'When the TLS server certificate expires, KMS stops reaching the proxy and every operation with the keys of the store fails. A certificate that expires within 30 days, or before the planned go-live, needs renewing before the store depends on it. (An already expired certificate is an error of tls-certificate-valid-now.)',
  messages: {
    'before-go-live': {
      message:
        'The TLS certificate expires on {{notAfter}} (notAfter), on or before the planned go-live date {{goLiveDate}}. Once it expires, KMS cannot connect to the proxy and every operation with the keys of the store fails.',
      fix: 'Renew the certificate {{certificateHolder}} presents before go-live, automate its renewal, and alarm on the XksProxyCertificateDaysToExpire metric.',
    },
    'within-30-days': {
      message:
        'The TLS certificate expires on {{notAfter}} (notAfter), in {{days}} days. Once it expires, KMS cannot connect to the proxy and every operation with the keys of the store fails.',
      fix: 'Renew the certificate {{certificateHolder}} presents now, automate its renewal, and alarm on the XksProxyCertificateDaysToExpire metric.',
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
  check(plan, { report, now, certificateChain }) {
    const certificate = serverCertificate(plan, certificateChain);
    const path = certificate.path('notAfter');
    const notAfter = certificate.notAfter;
    const end = parseInstant(notAfter, 'end');
    if (notAfter === undefined || end === undefined || end < now) return;
    const holder = { certificateHolder: certificateHolder(plan) };
    const goLiveDate = plan.operations?.goLiveDate;
    const goLiveDayEnd = parseInstant(goLiveDate, 'end');
    if (goLiveDate !== undefined && goLiveDayEnd !== undefined && end <= goLiveDayEnd) {
      report({ messageId: 'before-go-live', path, data: { ...holder, notAfter, goLiveDate } });
      return;
    }
    const days = Math.floor((end.getTime() - now.getTime()) / dayMs);
    if (days < renewalWindowDays) {
      report({ messageId: 'within-30-days', path, data: { ...holder, notAfter, days } });
    }
  },
});

import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { alarmPath, alarmReads, alarmSetting, recommendedAlarms } from './support/alarms-catalogue';
import { guide } from './support/sources';

export default defineRule<Plan, 'not-enabled'>({
  id: 'recommended-alarms-enabled',
  target: 'plan',
  severity: 'warning',
  title: "AWS's four recommended CloudWatch alarms are enabled",
  description:
    'AWS recommends four CloudWatch alarms for every external key store: certificate expiry, proxy latency, and retryable and non-retryable proxy errors. Without them an expiring certificate or a failing proxy is noticed only when KMS keys stop working.',
  messages: {
    'not-enabled': {
      message:
        'The {{alarm}} alarm is not enabled, although AWS recommends it for every external key store. {{risk}}',
      fix: 'Enable it: {{metric}}, alarm when it is {{comparison}} {{threshold}} {{unit}}.',
    },
  },
  reads: ['/operations/alarms', ...alarmReads(recommendedAlarms, 'enabled')],
  requires: ['/operations/alarms'],
  appliesTo: 'all',
  sources: [guide('xks-alarms.html'), ...recommendedAlarms.map((alarm) => alarm.source)],
  facts: [
    'ALARM-CERT-EXPIRY',
    'ALARM-LATENCY',
    'ALARM-RETRYABLE',
    'ALARM-NONRETRYABLE',
    'CW-XksProxyCertificateDaysToExpire',
    'CW-XksProxyLatency',
    'CW-XksProxyErrors',
    'CW-RETRYABLE-SPLIT',
  ],
  check(plan, { report, unknown }) {
    for (const alarm of recommendedAlarms) {
      const enabled = alarmSetting(plan, alarm.field)?.enabled;
      if (enabled === true) continue;
      if (enabled === undefined) {
        unknown([alarmPath(alarm.field, 'enabled')]);
        continue;
      }
      report({
        messageId: 'not-enabled',
        path: alarmPath(alarm.field, 'enabled'),
        data: {
          alarm: alarm.label,
          risk: alarm.risk,
          metric: alarm.metric,
          comparison: alarm.comparison,
          threshold: alarm.threshold,
          unit: alarm.unit,
        },
      });
    }
  },
});

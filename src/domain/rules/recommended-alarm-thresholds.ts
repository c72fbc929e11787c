import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import {
  alarmPath,
  alarmReads,
  alarmSetting,
  isLooserThanRecommended,
  recommendedAlarms,
} from './support/alarms-catalogue';
import { guide } from './support/sources';

export default defineRule<Plan, 'looser-threshold'>({
  id: 'recommended-alarm-thresholds',
  target: 'plan',
  severity: 'warning',
  title: "Recommended alarms are no looser than AWS's thresholds",
  description:
    'AWS gives thresholds for its four recommended external key store alarms: certificate expiry below 10 days, proxy latency above 200 ms on average, and more than 5 retryable or non-retryable proxy errors per minute. A looser threshold warns later than AWS intends; a stricter one is fine.',
  messages: {
    'looser-threshold': {
      message:
        'The {{alarm}} alarm fires only when {{metric}} is {{comparison}} {{threshold}} {{unit}}; AWS recommends {{comparison}} {{recommended}} {{unit}}, which warns earlier. {{risk}}',
      fix: 'Set the threshold to {{recommended}} {{unit}}, or to a stricter value.',
    },
  },
  reads: [
    ...alarmReads(recommendedAlarms, 'enabled'),
    ...alarmReads(recommendedAlarms, 'threshold'),
  ],
  appliesTo: 'all',
  sources: [guide('xks-alarms.html'), ...recommendedAlarms.map((alarm) => alarm.source)],
  facts: ['ALARM-CERT-EXPIRY', 'ALARM-LATENCY', 'ALARM-RETRYABLE', 'ALARM-NONRETRYABLE'],
  check(plan, { report }) {
    for (const alarm of recommendedAlarms) {
      const setting = alarmSetting(plan, alarm.field);
      // A disabled alarm's threshold does not matter (recommended-alarms-enabled reports it).
      if (setting?.enabled !== true || setting.threshold === undefined) continue;
      if (!isLooserThanRecommended(alarm, setting.threshold)) continue;
      report({
        messageId: 'looser-threshold',
        path: alarmPath(alarm.field, 'threshold'),
        data: {
          alarm: alarm.label,
          metric: alarm.metric,
          comparison: alarm.comparison,
          threshold: setting.threshold,
          recommended: alarm.threshold,
          unit: alarm.unit,
          risk: alarm.risk,
        },
      });
    }
  },
});

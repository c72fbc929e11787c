import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import {
  alarmPath,
  alarmReads,
  alarmSetting,
  alarmsWithoutAwsThreshold,
} from './support/alarms-catalogue';
import { guide } from './support/sources';

export default defineRule<Plan, 'no-threshold'>({
  id: 'custom-alarm-threshold',
  target: 'plan',
  severity: 'info',
  title: 'Alarms without an AWS threshold have one chosen',
  description:
    'AWS suggests alarms on XksProxyCredentialAge, XksExternalKeyManagerStates and ExternalKeyStoreThrottle but publishes no threshold for them, so the planner cannot fill one in: an enabled alarm of this kind needs a threshold chosen by you.',
  messages: {
    'no-threshold': {
      message:
        'The {{alarm}} alarm ({{metric}}) is enabled without a threshold. AWS publishes no threshold for it, so there is no default to create it with.',
      fix: 'Set the threshold to {{choosing}}.',
    },
  },
  reads: [
    ...alarmReads(alarmsWithoutAwsThreshold, 'enabled'),
    ...alarmReads(alarmsWithoutAwsThreshold, 'threshold'),
  ],
  appliesTo: 'all',
  sources: [guide('monitoring-cloudwatch.html')],
  facts: [
    'ALARM-NO-THRESHOLD-GIVEN',
    'CW-XksProxyCredentialAge',
    'CW-XksExternalKeyManagerStates',
    'CW-ExternalKeyStoreThrottle',
  ],
  check(plan, { report }) {
    for (const alarm of alarmsWithoutAwsThreshold) {
      const setting = alarmSetting(plan, alarm.field);
      if (setting?.enabled !== true || setting.threshold !== undefined) continue;
      report({
        messageId: 'no-threshold',
        path: alarmPath(alarm.field, 'threshold'),
        data: { alarm: alarm.label, metric: alarm.metric, choosing: alarm.choosing },
      });
    }
  },
});

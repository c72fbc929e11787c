import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import {
  alarmReads,
  alarmSetting,
  alarmsWithoutAwsThreshold,
  recommendedAlarms,
} from './support/alarms-catalogue';
import { guide } from './support/sources';

const allAlarms = [...recommendedAlarms, ...alarmsWithoutAwsThreshold];

export default defineRule<Plan, 'no-topic'>({
  id: 'alarm-sns-topic',
  target: 'plan',
  severity: 'warning',
  title: 'Enabled alarms notify an SNS topic',
  description:
    "An alarm that notifies nobody does not help. AWS's alarm instructions send each external key store alarm to an Amazon SNS topic, which must exist before the alarms are created.",
  messages: {
    'no-topic': {
      message:
        'The plan enables CloudWatch alarms but names no SNS topic (operations.snsTopicName), so nobody would be told when an alarm fires.',
      fix: 'Name the SNS topic the alarms notify, create it before the alarms, and subscribe the people on call. Alarms cover one key store each: create a set for every external key store.',
    },
  },
  reads: ['/operations/snsTopicName', ...alarmReads(allAlarms, 'enabled')],
  appliesTo: 'all',
  sources: [guide('xks-alarms.html'), guide('xks-monitoring.html')],
  facts: ['ALARM-PER-STORE'],
  check(plan, { report }) {
    const anyEnabled = allAlarms.some((alarm) => alarmSetting(plan, alarm.field)?.enabled === true);
    if (!anyEnabled) return;
    if ((plan.operations?.snsTopicName ?? '').trim() !== '') return;
    report({ messageId: 'no-topic', path: ['operations', 'snsTopicName'] });
  },
});

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
        'The plan enables CloudWatch alarms but {{/operations/snsTopicName}} is blank, so nobody would be told when an alarm fires.',
      fix: 'Name the SNS topic the alarms notify, create it before the alarms, and subscribe the people on call. Alarms cover one key store each: create a set for every external key store.',
    },
  },
  reads: ['/operations/snsTopicName', '/operations/alarms', ...alarmReads(allAlarms, 'enabled')],
  // Whether each recommended alarm is enabled is recommended-alarms-enabled's question; this rule
  // needs only the alarms section and, once an alarm is on, the topic.
  requires: ['/operations/alarms'],
  appliesTo: 'all',
  sources: [guide('xks-alarms.html'), guide('xks-monitoring.html')],
  facts: ['ALARM-PER-STORE'],
  check(plan, { report, unknown }) {
    const anyEnabled = allAlarms.some((alarm) => alarmSetting(plan, alarm.field)?.enabled === true);
    if (!anyEnabled) return;
    const path = ['operations', 'snsTopicName'];
    const topic = plan.operations?.snsTopicName;
    if (topic === undefined) unknown([path]);
    else if (topic.trim() === '') report({ messageId: 'no-topic', path });
  },
});

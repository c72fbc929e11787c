import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './alarm-sns-topic';

const ready = findExample('vpc-cross-account')!.document;
const path = '/operations/snsTopicName';
const onlyAlarm = (alarm: string) =>
  withPlan(withPlan(ready, { operations: { alarms: undefined, snsTopicName: undefined } }), {
    operations: { alarms: { [alarm]: { enabled: true, threshold: 1 } } },
  });

testRule(rule, {
  valid: [
    { name: 'alarms and a topic', document: ready },
    {
      name: 'the public endpoint example',
      document: findExample('public-endpoint-ready')!.document,
    },
    {
      name: 'alarms all disabled',
      document: withPlan(ready, {
        operations: {
          snsTopicName: undefined,
          alarms: {
            certificateDaysToExpire: { enabled: false },
            proxyLatency: { enabled: false },
            retryableErrors: { enabled: false },
            nonRetryableErrors: { enabled: false },
          },
        },
      }),
    },
  ],
  invalid: [
    {
      name: 'a blank topic name',
      document: withPlan(ready, { operations: { snsTopicName: '  ' } }),
      errors: [{ messageId: 'no-topic', path }],
    },
    {
      name: 'only the throttle alarm, with a blank topic',
      document: withPlan(onlyAlarm('keyStoreThrottle'), { operations: { snsTopicName: '' } }),
      errors: [{ messageId: 'no-topic', path }],
    },
  ],
  unknown: [
    {
      name: 'recommended alarms without a topic',
      document: withPlan(ready, { operations: { snsTopicName: undefined } }),
      missing: [path],
    },
    {
      name: 'only the throttle alarm, without a topic',
      document: onlyAlarm('keyStoreThrottle'),
      missing: [path],
    },
    {
      name: 'no alarms section, no topic (the draft example)',
      document: findExample('plan-with-mistakes')!.document,
      missing: ['/operations/alarms'],
    },
  ],
});

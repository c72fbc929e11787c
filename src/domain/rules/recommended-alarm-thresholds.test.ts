import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './recommended-alarm-thresholds';

const ready = findExample('vpc-endpoint-service-ready')!.document;
const alarms = (patch: Record<string, unknown>) =>
  withPlan(ready, { operations: { alarms: patch } });
const thresholdPath = (alarm: string) => `/operations/alarms/${alarm}/threshold`;

testRule(rule, {
  valid: [
    { name: "AWS's thresholds", document: ready },
    { name: 'the cross-account example', document: findExample('vpc-cross-account')!.document },
    {
      name: 'stricter thresholds',
      document: alarms({
        certificateDaysToExpire: { threshold: 30 },
        proxyLatency: { threshold: 150 },
        retryableErrors: { threshold: 0 },
        nonRetryableErrors: { threshold: 1 },
      }),
    },
    {
      name: 'a loose threshold on a disabled alarm (recommended-alarms-enabled reports it)',
      document: alarms({ proxyLatency: { enabled: false, threshold: 1000 } }),
    },
    { name: 'no threshold given', document: alarms({ proxyLatency: { threshold: undefined } }) },
  ],
  invalid: [
    {
      name: 'a certificate alarm 3 days before expiry',
      document: alarms({ certificateDaysToExpire: { threshold: 3 } }),
      errors: [{ messageId: 'looser-threshold', path: thresholdPath('certificateDaysToExpire') }],
    },
    {
      name: 'a latency alarm above the 250 ms timeout',
      document: alarms({ proxyLatency: { threshold: 300 } }),
      errors: [{ messageId: 'looser-threshold', path: thresholdPath('proxyLatency') }],
    },
    {
      name: 'error alarms at 50 per minute',
      document: alarms({
        retryableErrors: { threshold: 50 },
        nonRetryableErrors: { threshold: 6 },
      }),
      errors: [
        { messageId: 'looser-threshold', path: thresholdPath('retryableErrors') },
        { messageId: 'looser-threshold', path: thresholdPath('nonRetryableErrors') },
      ],
    },
  ],
  unknown: {
    none: "It judges thresholds of enabled alarms: an unstated threshold is AWS's recommended one (the exports use it), and recommended-alarms-enabled is unknown while an alarm's enabled flag is not stated.",
  },
});

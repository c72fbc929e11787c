import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './custom-alarm-threshold';

const ready = findExample('public-endpoint-ready')!.document;
const alarms = (patch: Record<string, unknown>) =>
  withPlan(ready, { operations: { alarms: patch } });
const thresholdPath = (alarm: string) => `/operations/alarms/${alarm}/threshold`;

testRule(rule, {
  valid: [
    { name: 'credential age with a threshold', document: ready },
    {
      name: 'key manager states with a threshold',
      document: findExample('vpc-endpoint-service-ready')!.document,
    },
    {
      name: 'disabled without a threshold',
      document: alarms({ keyStoreThrottle: { enabled: false } }),
    },
    {
      name: 'recommended alarms without a threshold (AWS gives one)',
      document: alarms({ proxyLatency: { threshold: undefined } }),
    },
  ],
  invalid: [
    {
      name: 'credential age enabled without a threshold',
      document: alarms({ credentialAge: { threshold: undefined } }),
      errors: [{ messageId: 'no-threshold', path: thresholdPath('credentialAge') }],
    },
    {
      name: 'key manager states and throttling enabled without thresholds',
      document: alarms({
        keyManagerStates: { enabled: true },
        keyStoreThrottle: { enabled: true },
      }),
      errors: [
        { messageId: 'no-threshold', path: thresholdPath('keyManagerStates') },
        { messageId: 'no-threshold', path: thresholdPath('keyStoreThrottle') },
      ],
    },
  ],
  unknown: {
    none: "It judges only alarms the plan enables: whether to enable these alarms (AWS recommends no threshold for them) is the user's choice, and an enabled alarm without a threshold is a finding, because PutMetricAlarm requires a Threshold.",
  },
});

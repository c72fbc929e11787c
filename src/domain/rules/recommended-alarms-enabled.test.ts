import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './recommended-alarms-enabled';

const ready = findExample('public-endpoint-ready')!.document;
const alarms = (patch: Record<string, unknown>) =>
  withPlan(ready, { operations: { alarms: patch } });
const withoutAlarms = withPlan(ready, { operations: { alarms: undefined } });

testRule(rule, {
  valid: [
    { name: 'the four recommended alarms enabled', document: ready },
    { name: 'the VPC example', document: findExample('vpc-endpoint-service-ready')!.document },
    {
      name: 'enabled without a threshold (AWS thresholds apply)',
      document: alarms({ proxyLatency: { enabled: true, threshold: undefined } }),
    },
  ],
  invalid: [
    {
      name: 'the certificate alarm switched off',
      document: alarms({ certificateDaysToExpire: { enabled: false } }),
      errors: [
        { messageId: 'not-enabled', path: '/operations/alarms/certificateDaysToExpire/enabled' },
      ],
    },
    {
      name: 'the error alarms switched off, latency not stated',
      document: alarms({
        proxyLatency: undefined,
        retryableErrors: { enabled: false },
        nonRetryableErrors: { enabled: false },
      }),
      errors: [
        { messageId: 'not-enabled', path: '/operations/alarms/retryableErrors/enabled' },
        { messageId: 'not-enabled', path: '/operations/alarms/nonRetryableErrors/enabled' },
      ],
    },
  ],
  unknown: [
    { name: 'no alarms at all', document: withoutAlarms, missing: ['/operations/alarms'] },
    {
      name: 'no operations section',
      document: withPlan(ready, { operations: undefined }),
      missing: ['/operations/alarms'],
    },
    {
      name: 'only optional alarms planned',
      document: withPlan(withoutAlarms, {
        operations: { alarms: { credentialAge: { enabled: true, threshold: 90 } } },
      }),
      missing: [
        '/operations/alarms/certificateDaysToExpire/enabled',
        '/operations/alarms/proxyLatency/enabled',
        '/operations/alarms/retryableErrors/enabled',
        '/operations/alarms/nonRetryableErrors/enabled',
      ],
    },
    {
      name: 'error alarms without enabled',
      document: alarms({
        retryableErrors: { enabled: undefined },
        nonRetryableErrors: { enabled: undefined },
      }),
      missing: [
        '/operations/alarms/retryableErrors/enabled',
        '/operations/alarms/nonRetryableErrors/enabled',
      ],
    },
  ],
});

import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './proxy-clock-synchronized';

const ready = findExample('public-endpoint-ready')!.document;
const synchronized = (clockSynchronized: boolean | undefined) =>
  withPlan(ready, { proxy: { clockSynchronized } });

testRule(rule, {
  valid: [{ name: 'on NTP', document: ready }],
  invalid: [
    {
      name: 'not synchronised',
      document: synchronized(false),
      errors: [{ messageId: 'not-synchronized', path: '/proxy/clockSynchronized' }],
    },
  ],
  unknown: [
    {
      name: 'not stated yet',
      document: synchronized(undefined),
      missing: ['/proxy/clockSynchronized'],
    },
  ],
});

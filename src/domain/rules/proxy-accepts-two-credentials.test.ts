import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './proxy-accepts-two-credentials';

const ready = findExample('public-endpoint-ready')!.document;
const concurrent = (concurrentCredentials: number | undefined) =>
  withPlan(ready, { proxy: { concurrentCredentials } });
const path = '/proxy/concurrentCredentials';

testRule(rule, {
  valid: [
    { name: 'two at once (ready example)', document: ready },
    { name: 'more than two', document: concurrent(5) },
  ],
  invalid: [
    { name: 'one at a time', document: concurrent(1), errors: [{ messageId: 'too-few', path }] },
    { name: 'zero', document: concurrent(0), errors: [{ messageId: 'too-few', path }] },
  ],
  unknown: [
    {
      name: 'not stated',
      document: concurrent(undefined),
      missing: ['/proxy/concurrentCredentials'],
    },
  ],
});

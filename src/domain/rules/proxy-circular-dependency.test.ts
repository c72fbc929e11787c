import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './proxy-circular-dependency';

const ready = findExample('vpc-cross-account')!.document;

testRule(rule, {
  valid: [{ name: 'a proxy independent of the store', document: ready }],
  invalid: [
    {
      name: 'the proxy needs a key in its own store',
      document: withPlan(ready, { proxy: { dependsOnKeysInThisStore: true } }),
      errors: [{ messageId: 'depends-on-own-keys', path: '/proxy/dependsOnKeysInThisStore' }],
    },
  ],
  unknown: [
    {
      name: 'not stated yet',
      document: withPlan(ready, { proxy: { dependsOnKeysInThisStore: undefined } }),
      missing: ['/proxy/dependsOnKeysInThisStore'],
    },
  ],
});

import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './key-rotation-not-available';

const ready = findExample('public-endpoint-ready')!.document;

testRule(rule, {
  valid: [
    { name: 'rotation not mentioned', document: ready },
    {
      name: 'rotation explicitly off',
      document: withPlan(ready, { keys: [{ XksKeyId: 'a', automaticRotation: false }] }),
    },
  ],
  invalid: [
    {
      name: 'rotation planned on the second key',
      document: withPlan(ready, {
        keys: [{ XksKeyId: 'a' }, { XksKeyId: 'b', automaticRotation: true }],
      }),
      errors: [{ messageId: 'rotation-planned', path: '/keys/1/automaticRotation' }],
    },
  ],
  unknown: {
    none: 'Automatic rotation is off unless a key plans it (the exports never call EnableKeyRotation), so an unstated automaticRotation is the allowed value.',
  },
});

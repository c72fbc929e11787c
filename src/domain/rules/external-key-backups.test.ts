import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './external-key-backups';

const ready = findExample('vpc-cross-account')!.document;

testRule(rule, {
  valid: [
    { name: 'a ready cross-account plan', document: ready },
    { name: 'a ready public plan', document: findExample('public-endpoint-ready')!.document },
  ],
  invalid: [
    {
      name: 'no backups',
      document: withPlan(ready, { externalKeyManager: { backups: false } }),
      errors: [{ messageId: 'no-backups', path: '/externalKeyManager/backups' }],
    },
    {
      name: 'the plan with mistakes',
      document: findExample('plan-with-mistakes')!.document,
      errors: [{ messageId: 'no-backups', path: '/externalKeyManager/backups' }],
    },
  ],
  unknown: [
    {
      name: 'backups not stated yet',
      document: withPlan(ready, { externalKeyManager: { backups: undefined } }),
      missing: ['/externalKeyManager/backups'],
    },
    {
      name: 'no key manager section',
      document: withPlan(ready, { externalKeyManager: undefined }),
      missing: ['/externalKeyManager/backups'],
    },
  ],
});

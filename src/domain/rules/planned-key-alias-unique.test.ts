import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './planned-key-alias-unique';

const ready = findExample('public-endpoint-ready')!.document;
const keys = (...aliases: (string | undefined)[]) =>
  withPlan(ready, {
    keys: aliases.map((AliasName, index) => ({ XksKeyId: `key-${index + 1}`, AliasName })),
    existingAliases: [],
  });

testRule(rule, {
  valid: [
    { name: 'the ready plan', document: ready },
    { name: 'distinct aliases', document: keys('alias/a', 'alias/b', undefined, undefined) },
    {
      name: 'aliases differ in case only (AWS compares exactly)',
      document: keys('alias/A', 'alias/a'),
    },
    {
      name: 'other aliases exist in the account',
      document: withPlan(keys('alias/new'), { existingAliases: ['alias/old'] }),
    },
  ],
  unknown: [
    {
      name: "planned aliases, the account's aliases not stated",
      document: withPlan(ready, { existingAliases: undefined }),
      missing: ['/existingAliases'],
    },
  ],
  invalid: [
    {
      name: 'two planned keys share an alias',
      document: keys('alias/a', 'alias/b', 'alias/a'),
      errors: [{ messageId: 'shared-by-planned-keys', path: '/keys/2/AliasName' }],
    },
    {
      name: 'an alias the account already has',
      document: withPlan(keys('alias/finance', 'alias/finance'), {
        existingAliases: ['alias/finance'],
      }),
      errors: [
        { messageId: 'exists-in-account', path: '/keys/0/AliasName' },
        { messageId: 'shared-by-planned-keys', path: '/keys/1/AliasName' },
      ],
    },
  ],
});

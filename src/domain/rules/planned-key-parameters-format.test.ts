import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './planned-key-parameters-format';

const ready = findExample('public-endpoint-ready')!.document;
const key = (fields: Record<string, unknown>) =>
  withPlan(ready, { keys: [{ XksKeyId: 'k-1', ...fields }] });

testRule(rule, {
  valid: [
    { name: 'the ready example', document: ready },
    { name: 'a key with nothing but its XksKeyId', document: key({}) },
    {
      name: 'the longest description, an alias with every allowed character and an empty tag value',
      document: key({
        Description: 'd'.repeat(8192),
        AliasName: 'alias/team_a/key-1:v2',
        Tags: [{ TagKey: 'owner', TagValue: '' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'a description over 8192 characters',
      document: key({ Description: 'd'.repeat(8193) }),
      errors: [{ messageId: 'description-format', path: '/keys/0/Description' }],
    },
    {
      name: 'an alias with a space',
      document: key({ AliasName: 'alias/finance ledger' }),
      errors: [{ messageId: 'alias-format', path: '/keys/0/AliasName' }],
    },
    {
      name: 'an alias without alias/',
      document: key({ AliasName: 'finance-ledger' }),
      errors: [{ messageId: 'alias-prefix', path: '/keys/0/AliasName' }],
    },
    {
      name: 'an alias under alias/aws/',
      document: key({ AliasName: 'alias/aws/finance' }),
      errors: [{ messageId: 'alias-reserved', path: '/keys/0/AliasName' }],
    },
    {
      name: 'an empty tag key and an over-long tag value',
      document: key({ Tags: [{ TagKey: '', TagValue: 'v'.repeat(257) }] }),
      errors: [
        { messageId: 'tag-format', path: '/keys/0/Tags/0/TagKey' },
        { messageId: 'tag-format', path: '/keys/0/Tags/0/TagValue' },
      ],
    },
    {
      name: 'the same tag key twice',
      document: key({
        Tags: [
          { TagKey: 'team', TagValue: 'a' },
          { TagKey: 'team', TagValue: 'b' },
        ],
      }),
      errors: [{ messageId: 'tag-duplicate', path: '/keys/0/Tags/1/TagKey' }],
    },
  ],
  unknown: {
    none: 'A format rule: description, alias and tags are optional CreateKey and CreateAlias parameters, judged when present.',
  },
});

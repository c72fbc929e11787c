import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './planned-key-tag-aws-prefix';

const ready = findExample('public-endpoint-ready')!.document;
const tags = (...keys: string[]) =>
  withPlan(ready, {
    keys: [{ XksKeyId: 'key-1', Tags: keys.map((TagKey) => ({ TagKey, TagValue: 'x' })) }],
  });

testRule(rule, {
  valid: [
    { name: 'the ready plan', document: ready },
    { name: 'aws inside a key', document: tags('team-aws:owner', 'awsome', 'aws') },
  ],
  unknown: { none: 'it judges only the tag keys a plan states' },
  invalid: [
    {
      name: 'aws: prefix',
      document: tags('cost-center', 'aws:createdBy'),
      errors: [{ messageId: 'reserved-prefix', path: '/keys/0/Tags/1/TagKey' }],
    },
    {
      name: 'AWS: in capitals',
      document: tags('AWS:'),
      errors: [{ messageId: 'reserved-prefix', path: '/keys/0/Tags/0/TagKey' }],
    },
  ],
});

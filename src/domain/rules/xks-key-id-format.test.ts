import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './xks-key-id-format';

const ready = findExample('vpc-endpoint-service-ready')!.document;
const keyIds = (...ids: (string | undefined)[]) =>
  withPlan(ready, { keys: ids.map((XksKeyId) => ({ XksKeyId })) });

testRule(rule, {
  valid: [
    { name: 'a ready VPC plan', document: ready },
    { name: 'a ready public plan', document: findExample('public-endpoint-ready')!.document },
    { name: 'every allowed character', document: keyIds('Key_1.v2-a', 'a') },
    { name: '128 characters', document: keyIds('k'.repeat(128)) },
    { name: 'a key without an id (xks-key-id-required says so)', document: keyIds(undefined) },
  ],
  invalid: [
    {
      name: 'spaces and a hash',
      document: keyIds('good-key', 'payments key #1'),
      errors: [{ messageId: 'api-format', path: '/keys/1/XksKeyId' }],
    },
    {
      name: 'a slash',
      document: keyIds('keys/finance'),
      errors: [{ messageId: 'api-format', path: '/keys/0/XksKeyId' }],
    },
    {
      name: 'empty',
      document: keyIds(''),
      errors: [{ messageId: 'api-format', path: '/keys/0/XksKeyId' }],
    },
    {
      name: 'too long',
      document: keyIds('k'.repeat(129)),
      errors: [{ messageId: 'api-format', path: '/keys/0/XksKeyId' }],
    },
    {
      name: 'the plan with mistakes',
      document: findExample('plan-with-mistakes')!.document,
      errors: [{ messageId: 'api-format', path: '/keys/0/XksKeyId' }],
    },
  ],
  unknown: {
    none: 'it judges the form of a stated XksKeyId; xks-key-id-required reports a key without one',
  },
});

import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './key-store-name-length';

const ready = findExample('public-endpoint-ready')!.document;
const named = (CustomKeyStoreName: string | undefined) =>
  withPlan(ready, { keyStore: { CustomKeyStoreName } });
const path = '/keyStore/CustomKeyStoreName';

testRule(rule, {
  valid: [
    { name: 'the ready public example', document: ready },
    { name: 'one character', document: named('x') },
    { name: '256 characters of any kind', document: named('é €'.repeat(85) + 'x') },
    { name: 'no name yet (another rule asks for it)', document: named(undefined) },
  ],
  invalid: [
    { name: 'empty', document: named(''), errors: [{ messageId: 'api-format', path }] },
    {
      name: '257 characters',
      document: named('n'.repeat(257)),
      errors: [{ messageId: 'api-format', path }],
    },
  ],
  unknown: {
    none: 'A format rule: it judges the name when it is present; key-store-required-parameters reports a missing name (CreateCustomKeyStore requires one).',
  },
});

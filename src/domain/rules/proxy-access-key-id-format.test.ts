import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './proxy-access-key-id-format';

const ready = findExample('public-endpoint-ready')!.document;
const accessKeyId = (AccessKeyId: string | undefined) =>
  withPlan(ready, { keyStore: { XksProxyAuthenticationCredential: { AccessKeyId } } });
const path = '/keyStore/XksProxyAuthenticationCredential/AccessKeyId';

testRule(rule, {
  valid: [
    { name: 'the ready public example', document: ready },
    { name: '20 characters', document: accessKeyId('ABCDEFGHIJKLMNOPQRST') },
    { name: '30 characters', document: accessKeyId('A2B3C4D5E6F7G2H3J4K5L6M7N2P3Q4') },
    { name: 'no access key ID yet (another rule asks for it)', document: accessKeyId(undefined) },
  ],
  invalid: [
    {
      name: 'the mistakes example (short, lower case)',
      document: findExample('plan-with-mistakes')!.document,
      errors: [{ messageId: 'api-format', path }],
    },
    {
      name: '19 characters',
      document: accessKeyId('ABCDEFGHIJKLMNOPQRS'),
      errors: [{ messageId: 'api-format', path }],
    },
    {
      name: '31 characters',
      document: accessKeyId('A'.repeat(31)),
      errors: [{ messageId: 'api-format', path }],
    },
    {
      name: 'digits outside 2-7',
      document: accessKeyId('ABCDEFGHIJKLMNOPQR01'),
      errors: [{ messageId: 'api-format', path }],
    },
    {
      name: 'lower-case letters',
      document: accessKeyId('abcdefghijklmnopqrst'),
      errors: [{ messageId: 'api-format', path }],
    },
  ],
  unknown: {
    none: 'A format rule: it judges the access key ID when it is present; key-store-required-parameters reports a missing one.',
  },
});

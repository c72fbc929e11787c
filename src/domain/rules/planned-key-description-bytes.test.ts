import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './planned-key-description-bytes';

const ready = findExample('public-endpoint-ready')!.document;
const described = (Description: string) =>
  withPlan(ready, { keys: [{ XksKeyId: 'k-1', Description }] });
const path = '/keys/0/Description';

testRule(rule, {
  valid: [
    { name: 'the ready public example', document: ready },
    { name: '8192 ASCII characters', document: described('a'.repeat(8192)) },
    { name: '8192 bytes of two-byte letters', document: described('é'.repeat(4096)) },
    { name: '8190 bytes of three-byte letters', document: described('€'.repeat(2730)) },
    {
      name: 'over 8192 characters (planned-key-parameters-format reports it)',
      document: described('a'.repeat(8193)),
    },
  ],
  invalid: [
    {
      name: '8192 characters of two-byte letters: KMS accepts them, hashicorp/aws does not',
      document: described('é'.repeat(8192)),
      errors: [{ messageId: 'description-bytes', path }],
    },
    {
      name: 'one three-byte letter past the byte limit',
      document: described('€'.repeat(2731)),
      errors: [{ messageId: 'description-bytes', path }],
    },
    {
      name: 'one emoji past the byte limit',
      document: described(`${'a'.repeat(8189)}😀`),
      errors: [{ messageId: 'description-bytes', path }],
    },
  ],
  unknown: {
    none: 'A format rule: a description is an optional CreateKey parameter, judged when present.',
  },
});

import { describe, expect, it } from 'vitest';
import { checkDocument } from '../check/check-document';
import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withRawPlan } from '../plan/with-plan';
import rule from './no-secret-in-plan';
import { parsePlan } from '../plan/parse-plan';

const ready = findExample('public-endpoint-ready')!.document;
const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY1234';

testRule(rule, {
  valid: [{ name: 'a plan with only the access key ID', document: ready }],
  invalid: [
    {
      name: 'the secret next to the access key ID',
      document: withRawPlan(ready, {
        keyStore: { XksProxyAuthenticationCredential: { RawSecretAccessKey: secret } },
      }),
      errors: [
        {
          messageId: 'secret-present',
          path: '/keyStore/XksProxyAuthenticationCredential/RawSecretAccessKey',
        },
      ],
    },
    {
      name: 'the secret anywhere else',
      document: withRawPlan(ready, { proxy: { RawSecretAccessKey: secret } }),
      errors: [{ messageId: 'secret-present', path: '/proxy/RawSecretAccessKey' }],
    },
  ],
  unknown: {
    none: 'It looks for a secret the document holds; a plan without one is what the rule asks for.',
  },
});

describe('a plan holding the secret', () => {
  it('never echoes the value in any finding', () => {
    const document = withRawPlan(ready, {
      keyStore: { XksProxyAuthenticationCredential: { RawSecretAccessKey: secret } },
    });
    const outcome = checkDocument(parsePlan, document);
    expect(JSON.stringify(outcome)).not.toContain(secret);
  });
});

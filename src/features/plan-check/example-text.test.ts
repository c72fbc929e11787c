import { describe, expect, it } from 'vitest';
import type { DocumentCheck } from '@/domain/check/check-document';
import { findExample } from '@/domain/plan/examples';
import { checkText } from './check-text';
import { exampleText, hiddenSecretText } from './example-text';

describe('exampleText', () => {
  it('hides the secret of the mistakes example but keeps the key, so the check still reports it', async () => {
    const example = findExample('plan-with-mistakes')!;
    const secret = (
      example.document.keyStore?.XksProxyAuthenticationCredential as { RawSecretAccessKey: string }
    ).RawSecretAccessKey;
    const text = exampleText(example);

    expect(text).not.toContain(secret);
    expect(text).toContain(`"RawSecretAccessKey": "${hiddenSecretText}"`);
    const outcome = (await checkText(text)) as DocumentCheck;
    expect(outcome.findings.map((finding) => finding.ruleId)).toContain('no-secret-in-plan');
  });

  it('shows a ready example exactly as stored', () => {
    const example = findExample('public-endpoint-ready')!;
    expect(JSON.parse(exampleText(example))).toEqual(example.document);
  });
});

describe('checkText', () => {
  it('says why text that is not JSON cannot be checked', async () => {
    expect(await checkText('{ "version": 1,')).toEqual({
      unusable: expect.stringMatching(/^not valid JSON: /),
    });
  });

  it('judges a pasted certificate chain too', async () => {
    const plan = { version: 1, tls: { certificateChainPem: 'not a certificate' } };
    const outcome = (await checkText(JSON.stringify(plan))) as DocumentCheck;
    expect(outcome.findings.map((finding) => finding.ruleId)).toContain('tls-chain-unparseable');
  });
});

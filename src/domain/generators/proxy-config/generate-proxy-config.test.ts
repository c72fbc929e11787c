import { describe, expect, it } from 'vitest';
import { checkDocument, isUnusable, type DocumentCheck } from '../../check/check-document';
import { testNow } from '../../engine/rule-tester';
import { examplePlans } from '../../plan/examples';
import { parsePlan } from '../../plan/parse-plan';
import type { Plan } from '../../plan/plan-schema';
import { generateProxyConfig, placeholders, proxyConfigFileName } from './generate-proxy-config';

/** Base64 of 32 bytes: a secret KMS accepts, with the 256 bits the proxy API asks for. */
const validSecret = 'q0Vn3g0wD6u2mGQz8bq1Yl0m6s1Hn7Uu8pQ3eZ9fL2c=';

function configText(plan: Plan, secretAccessKey?: string): string {
  const files = generateProxyConfig(plan, { secretAccessKey });
  expect(files.map((file) => file.path)).toEqual([proxyConfigFileName]);
  return files[0]!.content;
}

function check(text: string): DocumentCheck {
  const outcome = checkDocument(parsePlan, JSON.parse(text), { now: testNow });
  if (isUnusable(outcome)) throw new Error(outcome.unusable);
  expect(outcome.kind).toBe('proxy-config');
  return outcome;
}

const findingsOf = (outcome: DocumentCheck) =>
  outcome.findings.map((finding) => `${finding.ruleId} ${finding.severity} ${finding.path}`);

const readyExamples = examplePlans
  .filter((example) => example.verdict === 'ready')
  .map((example) => ({ ...example, plan: parsePlan(example.document).plan }));

describe('generateProxyConfig', () => {
  it.each(readyExamples)(
    "$id: with the user's secret, passes every proxy configuration rule",
    ({ plan }) => {
      expect(check(configText(plan, validSecret)).findings).toEqual([]);
    },
  );

  it("has exactly the console's fields, in the documented order", () => {
    const plan = readyExamples[0]!.plan;
    expect(JSON.parse(configText(plan, validSecret))).toEqual({
      XksProxyUriPath: plan.keyStore!.XksProxyUriPath,
      XksProxyAuthenticationCredential: {
        AccessKeyId: plan.keyStore!.XksProxyAuthenticationCredential!.AccessKeyId,
        RawSecretAccessKey: validSecret,
      },
    });
    expect(configText(plan)).toMatch(
      /^\{\n {2}"XksProxyUriPath": .*\n {2}"XksProxyAuthenticationCredential": \{\n {4}"AccessKeyId": .*\n {4}"RawSecretAccessKey": .*\n {2}\}\n\}\n$/,
    );
  });

  it.each(readyExamples)(
    '$id: without a secret, writes a placeholder that the rules reject',
    ({ plan }) => {
      const text = configText(plan);
      expect(JSON.parse(text).XksProxyAuthenticationCredential.RawSecretAccessKey).toBe(
        placeholders.RawSecretAccessKey,
      );
      const outcome = check(text);
      expect(findingsOf(outcome)).toEqual([
        'proxy-config-credential-format error /XksProxyAuthenticationCredential/RawSecretAccessKey',
      ]);
      // Defect 11: recognised as the placeholder, not judged as a 34-character secret.
      expect(outcome.findings[0]!.message).toContain("still XKS Planner's placeholder");
      expect(outcome.findings[0]!.message).not.toMatch(/\d+ characters/);
    },
  );

  it('falls back to the proxy path, then to placeholders the rules reject, for a half-finished plan', () => {
    expect(
      JSON.parse(configText({ version: 1, proxy: { uriPath: '/p/kms/xks/v1' } })),
    ).toMatchObject({
      XksProxyUriPath: '/p/kms/xks/v1',
    });
    const outcome = check(configText({ version: 1 }, validSecret));
    expect(findingsOf(outcome)).toEqual([
      'proxy-config-credential-format error /XksProxyAuthenticationCredential/AccessKeyId',
      'proxy-config-uri-path error /XksProxyUriPath',
    ]);
  });

  it('writes a secret only when one is given', () => {
    const mistakes = examplePlans.find((example) => example.verdict === 'blocked')!.document;
    const storedSecret = (
      mistakes.keyStore!.XksProxyAuthenticationCredential as Record<string, string>
    ).RawSecretAccessKey!;
    // Even a document that carries a secret (never a parsed plan) does not leak it.
    expect(configText(mistakes)).not.toContain(storedSecret);
  });
});

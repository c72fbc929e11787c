import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePlanFile } from '@/domain/generators/plan-file/generate-plan-file';
import { examplePlans } from '@/domain/plan/examples';
import { parsePlan } from '@/domain/plan/parse-plan';
import { planSchema } from '@/domain/plan/plan-schema';
import { readImportedFile, type ImportedFile } from './read-imported-file';

const secret = 'bm90LWEtcmVhbC1zZWNyZXQtYnV0LWxvbmctZW5vdWdo';

describe('readImportedFile', () => {
  it.each(examplePlans.map((example) => [example.id, example] as const))(
    'round-trips the exported plan file of %s',
    (_id, example) => {
      const plan = parsePlan(example.document as Record<string, unknown>).plan;
      const exported = generatePlanFile(plan)[0]!.content;
      const imported = readImportedFile(exported);
      expect(imported).toEqual({ kind: 'plan', plan: expect.anything() });
      if (imported.kind !== 'plan') return;
      // The exported file points at the JSON Schema and always states EXTERNAL_KEY_STORE (AWS
      // would take AWS_CLOUDHSM otherwise); the rest of the plan is the same.
      const sameType = { ...plan.keyStore, CustomKeyStoreType: 'EXTERNAL_KEY_STORE' };
      expect({ ...imported.plan, $schema: undefined }).toEqual({
        ...plan,
        $schema: undefined,
        ...(plan.keyStore && { keyStore: sameType }),
      });
    },
  );

  it('reads the console proxy configuration file, keeping its secret apart', () => {
    const file = JSON.stringify({
      XksProxyUriPath: '/example/kms/xks/v1',
      XksProxyAuthenticationCredential: {
        AccessKeyId: 'ABCDEFGHIJKLMNOPQRST',
        RawSecretAccessKey: secret,
      },
    });
    expect(readImportedFile(file)).toEqual({
      kind: 'proxy-config',
      uriPath: '/example/kms/xks/v1',
      accessKeyId: 'ABCDEFGHIJKLMNOPQRST',
      secret,
    });
  });

  it('reads an old CreateCustomKeyStore request as a plan, its secret kept apart', () => {
    const imported = readImportedFile(
      JSON.stringify({
        CustomKeyStoreName: 'finance-xks',
        CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
        XksProxyAuthenticationCredential: {
          AccessKeyId: 'ABCDEFGHIJKLMNOPQRST',
          RawSecretAccessKey: secret,
        },
      }),
    );
    expect(imported).toEqual({
      kind: 'plan',
      secret,
      plan: {
        version: 1,
        keyStore: {
          CustomKeyStoreName: 'finance-xks',
          CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
          XksProxyAuthenticationCredential: { AccessKeyId: 'ABCDEFGHIJKLMNOPQRST' },
        },
      },
    });
  });

  it.each([
    ['', [{ path: '', message: 'the file is empty' }]],
    ['{"version": 1,', [{ path: '', message: expect.stringContaining('not valid JSON') }]],
    ['[1]', [{ path: '', message: 'the file holds JSON, but not an object' }]],
    ['{"title": "x"}', [{ path: '', message: expect.stringContaining('neither an XKS plan') }]],
    [
      '{"version": 3}',
      [{ path: '', message: expect.stringContaining('made by a newer XKS Planner') }],
    ],
    [
      '{"version": 1, "region": 7, "keyStore": {"Extra": "x"}}',
      [
        { path: '/region', message: expect.stringContaining('does not fit the plan format') },
        { path: '/keyStore/Extra', message: 'the plan format has no field "Extra"' },
      ],
    ],
    [
      '{"XksProxyUriPath": 5, "XksProxyAuthenticationCredential": "key"}',
      [
        { path: '/XksProxyUriPath', message: 'must be text' },
        {
          path: '/XksProxyAuthenticationCredential',
          message: expect.stringContaining('must be an object'),
        },
      ],
    ],
  ])('refuses %j, listing the problems by path', (text, problems) => {
    const imported = readImportedFile(text);
    expect(imported.kind).toBe('unusable');
    if (imported.kind !== 'unusable') return;
    expect(imported.problems).toEqual(expect.arrayContaining(problems));
    expect(imported.problems).toHaveLength(problems.length);
  });

  it('refuses a file nested 20,000 levels deep with the nesting limit', () => {
    const text = `{"version":1,"keyStore":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}}`;
    expect(readImportedFile(text)).toEqual({
      kind: 'unusable',
      problems: [{ path: '', message: expect.stringContaining('nested more than 32 levels') }],
    });
  });

  it('never puts a secret in a problem', () => {
    const text = JSON.stringify({
      version: 1,
      keyStore: { XksProxyUriPath: { RawSecretAccessKey: secret } },
    });
    expect(JSON.stringify(readImportedFile(text))).not.toContain(secret);
  });
});

function expectPlanOrProblem(imported: ImportedFile): void {
  if (imported.kind === 'plan') {
    expect(planSchema.safeParse(imported.plan).success).toBe(true);
  } else if (imported.kind === 'unusable') {
    expect(imported.problems.length).toBeGreaterThan(0);
    for (const problem of imported.problems) expect(typeof problem.message).toBe('string');
  } else {
    expect(imported.kind).toBe('proxy-config');
  }
}

describe('readImportedFile with any input', () => {
  it('gives a plan, a proxy configuration or problems for any string', () => {
    fc.assert(fc.property(fc.string(), (text) => expectPlanOrProblem(readImportedFile(text))));
  });

  it('gives a plan, a proxy configuration or problems for any JSON', () => {
    const documents = fc.oneof(
      fc.jsonValue(),
      // Near misses of the documents an importer sees, so that every reader path is exercised.
      fc.record({ version: fc.oneof(fc.constant(1), fc.jsonValue()), keyStore: fc.jsonValue() }),
      fc.dictionary(
        fc.constantFrom(
          'CustomKeyStoreName',
          'XksProxyUriPath',
          'XksProxyAuthenticationCredential',
        ),
        fc.jsonValue(),
      ),
      fc.constantFrom(...examplePlans.map((example) => example.document)),
    );
    fc.assert(
      fc.property(documents, (value) =>
        expectPlanOrProblem(readImportedFile(JSON.stringify(value) ?? 'undefined')),
      ),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { testNow } from '../engine/rule-tester';
import { examplePlans, findExample } from '../plan/examples';
import { parsePlan } from '../plan/parse-plan';
import {
  checkDocument,
  isUnusable,
  needsPlanParser,
  parseDocumentText,
  summarise,
  type CheckOptions,
  type PlanParser,
} from './check-document';

const ready = findExample('public-endpoint-ready')!.document;

describe('needsPlanParser', () => {
  const parserNotCalled: PlanParser = () => {
    throw new Error('the plan parser was called');
  };
  const cases: [string, unknown, CheckOptions][] = [
    ...examplePlans.map((example): [string, unknown, CheckOptions] => [
      example.id,
      example.document,
      {},
    ]),
    ['a ready plan checked with the account state', ready, { existingAliases: [] }],
    ['null', null, {}],
    ['an array', [1], {}],
    ['no version', { title: 'x' }, {}],
    ['a newer version', { version: 2 }, {}],
    ['a wrong type', { version: 1, title: 5 }, {}],
    ['an unknown field', { version: 1, keyStore: { Unknown: 1 } }, {}],
    ['a secret', { version: 1, keyStore: { RawSecretAccessKey: 'x' } }, {}],
    ['a proxy configuration file', { XksProxyUriPath: '/kms/xks/v1' }, {}],
  ];

  it.each(cases)('says whether checkDocument calls the plan parser: %s', (_, value, options) => {
    const withTime = { ...options, now: testNow };
    if (needsPlanParser(value, options)) {
      expect(() => checkDocument(parserNotCalled, value, withTime)).toThrow('parser was called');
    } else {
      expect(checkDocument(parserNotCalled, value, withTime)).toEqual(
        checkDocument(parsePlan, value, withTime),
      );
    }
  });

  it('is needed for what is not a current, well-formed plan, and only then', () => {
    const needing = cases.filter(([, value, options]) => needsPlanParser(value, options));
    expect(needing.map(([name]) => name)).toEqual([
      'plan-with-mistakes',
      'a ready plan checked with the account state',
      'a wrong type',
      'an unknown field',
      'a secret',
    ]);
  });
});

describe('checkDocument', () => {
  it.each([
    [null, 'expected a JSON object, found null'],
    [[1, 2], 'expected a JSON object, found an array'],
    ['plan', 'expected a JSON object, found a string'],
    [{ title: 'no version' }, 'not an XKS plan'],
    [{ version: 2 }, 'plan version 2 is newer than this planner understands'],
    [{ version: '1' }, 'unknown plan version (a string)'],
    [{ version: { RawSecretAccessKey: 'x' } }, 'unknown plan version (an object)'],
    [{ version: 0 }, 'unknown plan version 0'],
  ])('refuses %j as unusable', (value, reason) => {
    const outcome = checkDocument(parsePlan, value, { now: testNow });
    expect(isUnusable(outcome) && outcome.unusable).toContain(reason);
  });

  it('refuses a value nested deeper than the limit, and accepts one at it', () => {
    let deep: unknown = 1;
    for (let level = 0; level < 5000; level++) deep = [deep];
    const outcome = checkDocument(parsePlan, { version: 1, keyStore: deep }, { now: testNow });
    expect(isUnusable(outcome) && outcome.unusable).toContain('nested more than 32 levels deep');
    let atLimit: unknown = 1;
    for (let level = 0; level < 31; level++) atLimit = [atLimit];
    expect(
      isUnusable(checkDocument(parsePlan, { version: 1, title: atLimit }, { now: testNow })),
    ).toBe(false);
  });

  it('leaves out what a "__proto__" key holds, as its finding says', () => {
    const value = JSON.parse('{"version":1,"keyStore":{"__proto__":{"CustomKeyStoreName":"x"}}}');
    const outcome = checkDocument(parsePlan, value, { now: testNow });
    if (isUnusable(outcome)) throw new Error(outcome.unusable);
    expect(outcome.plan?.keyStore).toEqual({});
    expect(outcome.plan?.keyStore?.CustomKeyStoreName).toBeUndefined();
    expect(outcome.findings).toContainEqual(
      expect.objectContaining({
        path: '/keyStore/__proto__',
        message: expect.stringContaining('it was ignored'),
      }),
    );
  });

  it('recognises a plan and judges it', () => {
    const outcome = checkDocument(parsePlan, ready, { now: testNow });
    expect(isUnusable(outcome)).toBe(false);
    if (isUnusable(outcome)) return;
    expect(outcome.kind).toBe('plan');
    expect(outcome.plan?.keyStore?.CustomKeyStoreName).toBe('finance-xks');
  });

  it('recognises the console proxy configuration file', () => {
    const outcome = checkDocument(parsePlan, { XksProxyUriPath: '/kms/xks/v1' }, { now: testNow });
    expect(!isUnusable(outcome) && outcome.kind).toBe('proxy-config');
  });

  it('judges a structurally broken plan without the broken values', () => {
    const outcome = checkDocument(
      parsePlan,
      { version: 1, region: 7, keyStore: { XksProxyUriEndpoint: 'https://203.0.113.1', Extra: 1 } },
      { now: testNow },
    );
    if (isUnusable(outcome)) throw new Error(outcome.unusable);
    expect(outcome.plan).toEqual({
      version: 1,
      keyStore: { XksProxyUriEndpoint: 'https://203.0.113.1' },
    });
    const found = outcome.findings.map((finding) => `${finding.ruleId} ${finding.path}`);
    expect(found).toContain('plan-schema /region');
    expect(found).toContain('plan-schema /keyStore/Extra');
    expect(found).toContain('proxy-uri-endpoint-format /keyStore/XksProxyUriEndpoint');
  });

  it('gives the same findings in the same order every time', () => {
    const mistakes = findExample('plan-with-mistakes')!.document;
    const first = checkDocument(parsePlan, mistakes, { now: testNow });
    const second = checkDocument(parsePlan, structuredClone(mistakes), { now: testNow });
    expect(second).toEqual(first);
  });

  it('does not change the document it is given', () => {
    const mistakes = findExample('plan-with-mistakes')!.document;
    const before = JSON.stringify(mistakes);
    checkDocument(parsePlan, mistakes, { now: testNow });
    expect(JSON.stringify(mistakes)).toBe(before);
  });
});

describe('parseDocumentText', () => {
  it('reads JSON, ignoring a byte-order mark', () => {
    expect(parseDocumentText('\uFEFF{"version":1}')).toEqual({ value: { version: 1 } });
  });

  it.each([
    ['', 'the file is empty'],
    ['  \n', 'the file is empty'],
    ['{"version": ', 'not valid JSON: the text ends before the JSON is complete'],
    ['{"version": 1,', 'not valid JSON: Expected double-quoted property name at line 1, column 15'],
    [
      '{\n  "version": 1\n  "title": "x"\n}',
      "not valid JSON: Expected ',' or '}' after property value at line 3, column 3",
    ],
  ])('explains why %j is not usable', (text, reason) => {
    const result = parseDocumentText(text);
    expect('unusable' in result && result.unusable).toContain(reason);
  });
});

describe('messages about unusable input', () => {
  it('never quote the input, which may hold a secret', () => {
    const secret = 'S3CR3TVALUE/abcdefghijklmnopqrstuvwxyz0123456789';
    for (const text of [
      `{"XksProxyAuthenticationCredential": {"RawSecretAccessKey": ${secret}}}`,
      `{"version": "${secret}"}`,
      `{"version": {"RawSecretAccessKey": "${secret}"}}`,
    ]) {
      const parsed = parseDocumentText(text);
      const message =
        'unusable' in parsed
          ? parsed.unusable
          : JSON.stringify(checkDocument(parsePlan, parsed.value));
      expect(message).not.toContain('S3CR3T');
    }
  });
});

describe('summarise', () => {
  it('counts findings by severity', () => {
    const outcome = checkDocument(parsePlan, findExample('plan-with-mistakes')!.document, {
      now: testNow,
    });
    if (isUnusable(outcome)) throw new Error(outcome.unusable);
    const summary = summarise(outcome.findings);
    expect(summary.errors + summary.warnings + summary.infos).toBe(outcome.findings.length);
    expect(summary.errors).toBe(outcome.findings.filter((f) => f.severity === 'error').length);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { checkDocument, isUnusable } from '../check/check-document';
import { testNow } from '../engine/rule-tester';
import { decidingUnknowns, verdictOf } from '../check/verdict';
import { examplePlans } from './examples';
import { planSchema } from './plan-schema';
import { parsePlan } from './parse-plan';

const publishedSchema = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../public/plan.schema.json'), 'utf8'),
) as object;
const validatePublished = new Ajv2020({ allErrors: true, strict: false }).compile(publishedSchema);

function check(document: unknown) {
  const outcome = checkDocument(parsePlan, document, { now: testNow });
  if (isUnusable(outcome)) throw new Error(outcome.unusable);
  return outcome;
}

describe.each(
  examplePlans.filter((example) => example.verdict === 'ready').map((e) => [e.id, e] as const),
)('ready example %s', (_id, example) => {
  it('fits the zod schema and the published JSON Schema', () => {
    expect(planSchema.safeParse(example.document).error?.issues ?? []).toEqual([]);
    validatePublished(example.document);
    expect(validatePublished.errors ?? []).toEqual([]);
  });

  it('has no error finding', () => {
    const errors = check(example.document).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.ruleId} ${f.path}: ${f.message}`)).toEqual([]);
  });

  it('states every fact a deciding rule needs: Ready, not merely free of errors', () => {
    const unknowns = decidingUnknowns(check(example.document).unknowns);
    expect(unknowns.map((u) => `${u.ruleId}: ${u.paths.join(', ')}`)).toEqual([]);
  });
});

describe('the example full of mistakes', () => {
  const mistakes = examplePlans.find((example) => example.verdict === 'blocked')!;

  it('is still a usable document', () => {
    expect(check(mistakes.document).kind).toBe('plan');
  });

  it('fails the published JSON Schema where formats are wrong', () => {
    expect(validatePublished(mistakes.document)).toBe(false);
  });

  it('trips many different rules', () => {
    const rules = new Set(
      check(mistakes.document)
        .findings.filter((f) => f.severity === 'error')
        .map((f) => f.ruleId),
    );
    expect(rules.size).toBeGreaterThan(20);
  });
});

describe('the honest draft', () => {
  const draft = examplePlans.find((example) => example.verdict === 'incomplete')!;

  it('is Incomplete, naming the places to state, not Ready and not Blocked', () => {
    const outcome = check(draft.document);
    expect(outcome.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(verdictOf(outcome).state).toBe('incomplete');
    const missing = decidingUnknowns(outcome.unknowns).flatMap((unknown) => unknown.paths);
    expect(missing).toEqual(expect.arrayContaining(['/vpc/subnets', '/existingKeyStores']));
  });
});

describe('every example', () => {
  // Like cfn-lint's snapshot results: a change to one rule that moves findings on any example shows
  // up in review. Update deliberately with `npx vitest run -u`; CI never writes snapshots.
  it.each(examplePlans.map((example) => [example.id, example] as const))(
    '%s gives the recorded findings',
    (_id, example) => {
      const findings = check(example.document).findings.map(
        (f) => `${f.severity} ${f.ruleId} ${f.path} ${f.messageId}`,
      );
      expect(findings).toMatchSnapshot();
    },
  );

  it('has a distinct file name and title', () => {
    const ids = examplePlans.map((example) => example.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

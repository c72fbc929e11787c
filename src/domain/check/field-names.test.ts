import { describe, expect, it } from 'vitest';
import { internalPathsIn } from '../engine/rule-tester';
import { examplePlans } from '../plan/examples';
import { fieldOf, planFields } from '../plan/plan-fields';
import { checkDocument, isUnusable } from './check-document';
import { parsePlan } from '../plan/parse-plan';

const now = new Date('2026-11-30T12:00:00Z');
const knownPatterns = new Set(planFields.map((field) => field.pattern));
const patternOf = (pointer: string) => pointer.replace(/\/\d+(?=\/|$)/g, '/*');

describe.each(examplePlans.map((example) => [example.id, example] as const))(
  'the example %s, as the wizard and the report show it',
  (_id, example) => {
    const outcome = checkDocument(parsePlan, example.document, { now, fieldNames: 'labels' });
    if (isUnusable(outcome)) throw new Error(outcome.unusable);

    it('gives every place a finding or an unknown concerns a label of its own', () => {
      const pointers = [
        ...outcome.findings.flatMap((finding) => [finding.path, ...(finding.relatedPaths ?? [])]),
        ...outcome.unknowns.flatMap((unknown) => unknown.paths),
      ];
      expect(pointers.filter((pointer) => !knownPatterns.has(patternOf(pointer)))).toEqual([]);
      for (const pointer of pointers) expect(fieldOf(pointer).label).not.toMatch(/\{n\}/);
    });

    it('names no place by its path in a message or a fix', () => {
      const texts = [
        ...outcome.findings.flatMap((finding) => [finding.message, finding.fix]),
        ...outcome.unknowns.map((unknown) => unknown.message),
      ];
      expect(texts.flatMap(internalPathsIn)).toEqual([]);
    });
  },
);

it('the CLI keeps JSON Pointers in the same messages', () => {
  const mistakes = examplePlans.find((example) => example.id === 'plan-with-mistakes')!;
  const outcome = checkDocument(parsePlan, mistakes.document, { now });
  if (isUnusable(outcome)) throw new Error(outcome.unusable);
  const reachesProxy = outcome.findings.find((finding) => finding.ruleId === 'vpc-reaches-proxy');
  expect(reachesProxy?.message).toContain('/vpc/connectionToProxy says there is no link');
});

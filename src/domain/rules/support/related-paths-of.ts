/** Test-only: the relatedPaths of a rule's findings on a document, as the full check makes them. */
import { checkDocument, isUnusable } from '../../check/check-document';
import { testNow } from '../../engine/rule-tester';
import { parsePlan } from '../../plan/parse-plan';
import type { AnyRule } from '../../engine/types';

export function relatedPathsOf(rule: AnyRule, document: unknown): (readonly string[])[] {
  const outcome = checkDocument(parsePlan, document, { now: testNow });
  if (isUnusable(outcome)) throw new Error(outcome.unusable);
  return outcome.findings
    .filter((finding) => finding.ruleId === rule.id)
    .map((finding) => finding.relatedPaths ?? []);
}

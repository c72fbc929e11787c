import type { RunResult } from './run-rules';
import type { RuleOutcome } from './types';

/**
 * How one rule came out: a finding makes it fail even when it could judge only part of the plan;
 * a rule that could not judge is unknown, never a pass.
 */
export function ruleOutcome(result: RunResult, ruleId: string): RuleOutcome {
  if (result.notApplicable.includes(ruleId)) return 'not-applicable';
  if (result.findings.some((finding) => finding.ruleId === ruleId)) return 'fail';
  if (result.unknowns.some((unknown) => unknown.ruleId === ruleId)) return 'unknown';
  return 'pass';
}

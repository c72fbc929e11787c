import type { Connectivity } from '../plan/plan-schema';
import type { ChainAnalysis } from '../tls/chain-types';
import { toPointer } from './json-pointer';
import type { AnyRule, DocumentFacts, Finding, ReportData, Severity } from './types';

export interface RunResult {
  readonly findings: readonly Finding[];
  /** Rules that did not run because they concern the other connectivity. */
  readonly notApplicable: readonly string[];
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function fill(template: string, data: ReportData | undefined): string {
  if (!data) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) =>
    name in data ? String(data[name]) : placeholder,
  );
}

/** Stable order everywhere (UI, report, CLI, snapshots): severity, then path, then rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank[a.severity] - severityRank[b.severity] ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/**
 * Findings listed one by one, per rule and per document; beyond them a rule's findings are only
 * counted, in one summary finding of that rule. This bounds the work and the output of any input.
 */
export const maxFindingsPerRule = 100;
export const maxFindingsPerDocument = 500;

function unlistedFindings(rule: AnyRule, count: number): Finding {
  return {
    ruleId: rule.id,
    severity: rule.severity,
    path: '',
    messageId: 'unlisted-findings',
    message: `And ${count.toLocaleString('en')} more findings of this rule, not listed one by one.`,
    fix: 'Correct the findings listed, then check the plan again to see the rest.',
    sources: rule.sources,
  };
}

export function runRules<Input>(
  rules: readonly AnyRule<Input>[],
  input: Input,
  options: {
    now: Date;
    document: DocumentFacts;
    connectivity: Connectivity | undefined;
    /** Made asynchronously beforehand (WebCrypto), so that the rules stay synchronous. */
    certificateChain?: ChainAnalysis | undefined;
  },
): RunResult {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const notApplicable: string[] = [];
  let listedInDocument = 0;
  for (const rule of rules) {
    if (rule.appliesTo !== 'all' && rule.appliesTo !== options.connectivity) {
      notApplicable.push(rule.id);
      continue;
    }
    let listed = 0;
    let unlisted = 0;
    rule.check(input, {
      now: options.now,
      document: options.document,
      certificateChain: options.certificateChain,
      report({ messageId, path, data }) {
        const text = rule.messages[messageId];
        if (!text) throw new Error(`rule ${rule.id} reported unknown messageId "${messageId}"`);
        const finding: Finding = {
          ruleId: rule.id,
          severity: rule.severity,
          path: toPointer(path),
          messageId,
          message: fill(text.message, data),
          fix: fill(text.fix, data),
          sources: rule.sources,
        };
        const key = `${finding.ruleId}\u0000${finding.path}\u0000${finding.message}`;
        if (seen.has(key)) return;
        seen.add(key);
        if (listed < maxFindingsPerRule && listedInDocument < maxFindingsPerDocument) {
          listed++;
          listedInDocument++;
          findings.push(finding);
        } else {
          unlisted++;
        }
      },
    });
    if (unlisted > 0) findings.push(unlistedFindings(rule, unlisted));
  }
  findings.sort(compareFindings);
  return { findings, notApplicable };
}

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
  for (const rule of rules) {
    if (rule.appliesTo !== 'all' && rule.appliesTo !== options.connectivity) {
      notApplicable.push(rule.id);
      continue;
    }
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
        findings.push(finding);
      },
    });
  }
  findings.sort(compareFindings);
  return { findings, notApplicable };
}

import type { Connectivity } from '../plan/plan-schema';
import type { ChainAnalysis } from '../tls/chain-types';
import { toPointer, valueAt } from './json-pointer';
import type {
  AnyRule,
  DocumentFacts,
  FieldNamer,
  Finding,
  ReportData,
  RuleContext,
  Severity,
  Unknown,
} from './types';

export interface RunResult {
  readonly findings: readonly Finding[];
  /** Rules that could not judge the document because something they need is not stated. */
  readonly unknowns: readonly Unknown[];
  /** Rules that did not run because they concern the other connectivity. */
  readonly notApplicable: readonly string[];
}

/** Where a plan states its connectivity: rules of one connectivity need it. */
export const connectivityPointer = '/keyStore/XksProxyConnectivity';

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The JSON Pointer itself: how the CLI, SARIF and `/check` name a place. */
export const pointerName: FieldNamer = (pointer) => pointer || '(the whole document)';

function fill(template: string, data: ReportData | undefined, nameField: FieldNamer): string {
  return template.replace(/\{\{\s*(\w+|\/[^\s}]*)\s*\}\}/g, (placeholder, name: string) => {
    if (name.startsWith('/')) return nameField(name);
    const value = data?.[name];
    if (value === undefined) return placeholder;
    return typeof value === 'object' ? nameField(value.field) : String(value);
  });
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Stable order everywhere (UI, report, CLI, snapshots): severity, then path, then rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank[a.severity] - severityRank[b.severity] ||
    byText(a.path, b.path) ||
    byText(a.ruleId, b.ruleId) ||
    byText(a.message, b.message)
  );
}

function compareUnknowns(a: Unknown, b: Unknown): number {
  return (
    severityRank[a.severity] - severityRank[b.severity] ||
    byText(a.paths[0] ?? '', b.paths[0] ?? '') ||
    byText(a.ruleId, b.ruleId)
  );
}

function unknownOf(rule: AnyRule, paths: readonly string[], nameField: FieldNamer): Unknown {
  return {
    ruleId: rule.id,
    severity: rule.severity,
    title: rule.title,
    paths,
    message: `Not known yet: the plan does not state ${paths.map(nameField).join(', ')}, so "${rule.title}" cannot be judged.`,
  };
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

/** The pointers of `rule.requires` that `input` leaves out, or undefined when it states them all. */
function missingRequirements(rule: AnyRule, input: unknown): string[] | undefined {
  let missing: string[] | undefined;
  for (const pointer of rule.requires ?? []) {
    if (valueAt(input, pointer) === undefined) (missing ??= []).push(pointer);
  }
  return missing;
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
    /** How messages name a place (`{{/pointer}}`); the JSON Pointer unless a surface says. */
    nameField?: FieldNamer | undefined;
  },
): RunResult {
  const nameField = options.nameField ?? pointerName;
  const findings: Finding[] = [];
  const unknowns: Unknown[] = [];
  const seen = new Set<string>();
  const notApplicable: string[] = [];
  let listedInDocument = 0;
  // One context serves every rule of the run (the rule being judged is `rule`): a check of a large
  // plan runs a hundred rules, and a context of fresh closures for each showed in its profile.
  let rule: AnyRule<Input> = rules[0]!;
  const unstated = new Set<string>();
  let listed = 0;
  let unlisted = 0;
  const context = {
    now: options.now,
    document: options.document,
    certificateChain: options.certificateChain,
    report({ messageId, path, data, relatedPaths }: Parameters<RuleContext<string>['report']>[0]) {
      const text = rule.messages[messageId];
      if (!text) throw new Error(`rule ${rule.id} reported unknown messageId "${messageId}"`);
      const finding: Finding = {
        ruleId: rule.id,
        severity: rule.severity,
        path: toPointer(path),
        ...(relatedPaths?.length ? { relatedPaths: relatedPaths.map(toPointer) } : {}),
        messageId,
        message: fill(text.message, data, nameField),
        fix: fill(text.fix, data, nameField),
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
    unknown(paths: Parameters<RuleContext<string>['unknown']>[0]) {
      for (const path of paths) unstated.add(toPointer(path));
    },
  };
  for (rule of rules) {
    if (rule.appliesTo !== 'all') {
      if (options.connectivity === undefined) {
        unknowns.push(unknownOf(rule, [connectivityPointer], nameField));
        continue;
      }
      if (rule.appliesTo !== options.connectivity) {
        notApplicable.push(rule.id);
        continue;
      }
    }
    const missing = missingRequirements(rule, input);
    if (missing !== undefined) {
      unknowns.push(unknownOf(rule, missing, nameField));
      continue;
    }
    unstated.clear();
    listed = 0;
    unlisted = 0;
    rule.check(input, context);
    if (unstated.size > 0) {
      unknowns.push(unknownOf(rule, [...unstated].sort(), nameField));
    }
    if (unlisted > 0) findings.push(unlistedFindings(rule, unlisted));
  }
  findings.sort(compareFindings);
  unknowns.sort(compareUnknowns);
  return { findings, unknowns, notApplicable };
}

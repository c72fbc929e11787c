/**
 * The readiness report of a plan as data: the verdict, every rule with its status, the manual
 * checklist, the alarms, the runbook, the latency budget and the troubleshooting guide. The page,
 * the Markdown and HTML files and the CLI all print this one model.
 */
import { decidingUnknowns, verdictOf, type Verdict } from '../check/verdict';
import { statesAnyRead } from '../engine/stated-reads';
import { severities, type AnyRule, type Finding, type Unknown } from '../engine/types';
import { explainForPlan, errorCodes, type PlanExplanation } from '../explain/error-codes';
import { alarmThreshold, measureLabel, plannedAlarms } from '../generators/iac-model/alarms';
import type { Connectivity, Plan } from '../plan/plan-schema';
import { withObservations } from '../probe/plan-observations';
import { allRules } from '../rules';
import { buildArchitecture, type ArchitectureDiagram } from './architecture';
import { buildLatencySection, type LatencySection } from './latency-section';
import { areaOfRule, reportAreas } from './rule-areas';
import { buildRunbook, type RunbookStep } from './runbook';
import { buildSummary, type ReportSummary } from './summary';
import type { ChainAnalysis } from '../tls/chain-types';
import {
  checklistForPlan,
  type ChecklistLeftOut,
  type ReportChecklistItem,
} from './checklist-for-plan';

export type RuleStatus = 'pass' | 'error' | 'warning' | 'info' | 'unknown' | 'not-applicable';

export interface RuleResult {
  readonly ruleId: string;
  readonly title: string;
  readonly status: RuleStatus;
  /** The rule's findings for this plan (empty unless the status is error, warning or info). */
  readonly findings: readonly Pick<Finding, 'path' | 'message' | 'fix'>[];
  /** Why the rule does not apply, for status not-applicable. */
  readonly notApplicableReason?: string;
  /** What the plan must state before the rule can judge it, for status unknown (JSON Pointers). */
  readonly missing?: readonly string[];
  readonly sources: readonly string[];
}

export interface ReportArea {
  readonly id: string;
  readonly title: string;
  readonly rules: readonly RuleResult[];
}

export interface ReportAlarm {
  readonly name: string;
  readonly measure: string;
  /** "< 10" or "> 200", or undefined when the plan enables the alarm without a threshold. */
  readonly condition: string | undefined;
  readonly periodSeconds: number;
  readonly description: string;
}

export interface Report {
  /** The plan's title, else its key store name. */
  readonly planName: string;
  readonly region: string | undefined;
  readonly accountId: string | undefined;
  readonly connectivity: Connectivity | undefined;
  readonly connectivityLabel: string;
  /** The date of the report, YYYY-MM-DD (UTC). */
  readonly date: string;
  readonly link: string | undefined;
  /** `summary`: the decision pages, then detail only where it helps; `full`: every rule and code. */
  readonly detail: ReportDetail;
  readonly verdict: Verdict;
  readonly summary: ReportSummary;
  /** The deciding rules the plan does not say enough to judge: the open items besides errors. */
  readonly unknowns: readonly Unknown[];
  readonly architecture: ArchitectureDiagram;
  readonly areas: readonly ReportArea[];
  /** The checklist items that apply to this plan. */
  readonly checklist: readonly ReportChecklistItem[];
  /** The items left out as the plan rules them out, counted per reason. */
  readonly checklistLeftOut: readonly ChecklistLeftOut[];
  readonly alarms: readonly ReportAlarm[];
  readonly runbook: readonly RunbookStep[];
  readonly latency: LatencySection;
  /** The error codes this plan can cause (every code with detail `full`). */
  readonly troubleshooting: readonly PlanExplanation[];
  /** How many error codes were left out as nothing in the plan points at them. */
  readonly troubleshootingLeftOut: number;
}

export type ReportDetail = 'summary' | 'full';

export interface ReportOptions {
  readonly now: Date;
  /** The plan's share link, when there is one to print. */
  readonly link?: string;
  /** Summary (the default) or full. */
  readonly detail?: ReportDetail;
  /** The analysis of the chain the check judged: the one a probe saw served, else the pasted one. */
  readonly certificateChain?: ChainAnalysis;
}

export const connectivityLabels: Record<Connectivity, string> = {
  PUBLIC_ENDPOINT: 'Public endpoint',
  VPC_ENDPOINT_SERVICE: 'VPC endpoint service',
};

export const statusLabels: Record<RuleStatus, string> = {
  pass: 'Pass',
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
  unknown: 'Unknown',
  'not-applicable': 'Not applicable',
};

/** What a rule's check gave: the engine's findings and the rules it could not judge. */
export interface RuleVerdicts {
  readonly findings: readonly Finding[];
  readonly unknowns: readonly Unknown[];
}

/**
 * "2 errors, 1 warning, 3 unknown" for an area's rules; undefined when every rule passes or does
 * not apply.
 */
export function areaCounts(area: ReportArea): string | undefined {
  const parts = (['error', 'warning', 'info', 'unknown'] as const).flatMap((status) => {
    const n = area.rules.filter((rule) => rule.status === status).length;
    if (n === 0) return [];
    return [status === 'unknown' ? `${n} unknown` : `${n} ${status}${n === 1 ? '' : 's'}`];
  });
  return parts.length ? parts.join(', ') : undefined;
}

/** "2 errors, 1 warning, 0 infos, 3 not known yet": the counts under a verdict. */
export function verdictCounts(verdict: Verdict): string {
  const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  return `${plural(verdict.errors, 'error')}, ${plural(verdict.warnings, 'warning')}, ${plural(verdict.infos, 'info')}, ${verdict.unknowns} not known yet`;
}

function notApplicableReason(rule: AnyRule): string {
  if (rule.target === 'proxy-config') return 'Checks the KMS console proxy configuration file.';
  return `Applies to ${connectivityLabels[rule.appliesTo as Connectivity].toLowerCase()} connectivity only.`;
}

/** The heading of the rules listed neither as passing nor as failing, on every surface. */
export const notApplicableHeading = 'Not applicable, or nothing to check yet';

/** Why a rule that found nothing is not listed as passing: it had nothing to check. */
export const nothingStatedReason =
  'Nothing to check yet: the plan states none of the values checked.';

/**
 * The rule's status as the engine judged it: a rule that could not judge is unknown, not a pass,
 * and one that found nothing because the plan (`ruleInput`, as the rules read it) states nothing
 * it reads checked nothing: it is listed with the rules that do not apply, never as passing.
 */
function ruleResult(
  rule: AnyRule,
  check: RuleVerdicts,
  notApplicable: boolean,
  ruleInput: Plan,
): RuleResult {
  const base = { ruleId: rule.id, title: rule.title, sources: rule.sources };
  if (notApplicable) {
    return {
      ...base,
      status: 'not-applicable',
      findings: [],
      notApplicableReason: notApplicableReason(rule),
    };
  }
  const own = check.findings.filter((finding) => finding.ruleId === rule.id);
  const worst = severities.find((severity) => own.some((finding) => finding.severity === severity));
  const unknown = check.unknowns.find((entry) => entry.ruleId === rule.id);
  if (!worst && !unknown && !statesAnyRead(ruleInput, rule.reads)) {
    return {
      ...base,
      status: 'not-applicable',
      findings: [],
      notApplicableReason: nothingStatedReason,
    };
  }
  return {
    ...base,
    status: worst ?? (unknown ? 'unknown' : 'pass'),
    findings: own.map(({ path, message, fix }) => ({ path, message, fix })),
    ...(unknown && !worst ? { missing: unknown.paths } : {}),
  };
}

function reportAlarms(plan: Plan): ReportAlarm[] {
  return plannedAlarms(plan).map((definition) => {
    const threshold = alarmThreshold(plan, definition);
    const operator = definition.comparison === 'LessThanThreshold' ? '<' : '>';
    return {
      name: definition.resourceName,
      measure: measureLabel(definition),
      condition: threshold === undefined ? undefined : `${operator} ${threshold}`,
      periodSeconds: definition.periodSeconds,
      description: definition.description,
    };
  });
}

/** Builds the report of a plan from what the engine gave for it. */
export function buildReport(plan: Plan, check: RuleVerdicts, options: ReportOptions): Report {
  const connectivity = plan.keyStore?.XksProxyConnectivity;
  const { findings } = check;
  const detail = options.detail ?? 'summary';
  // A code is this plan's when a rule behind one of its causes fails or cannot judge the plan.
  const implicated = new Set([...findings, ...check.unknowns].map((entry) => entry.ruleId));
  const troubleshooting = errorCodes
    .filter(
      (entry) =>
        detail === 'full' ||
        entry.causes.some((cause) => cause.ruleIds.some((id) => implicated.has(id))),
    )
    .map((entry) => explainForPlan(entry, check, connectivity));
  // The engine's applicability: a rule of one connectivity is unknown, not inapplicable, while the
  // plan states none.
  const applies = (rule: AnyRule) =>
    rule.target === 'plan' &&
    (rule.appliesTo === 'all' || connectivity === undefined || rule.appliesTo === connectivity);
  const ruleInput = withObservations(plan);
  // Read as the rules read it: the chain a probe saw served beats the pasted one.
  const tailored = checklistForPlan(ruleInput, undefined, options.certificateChain);
  return {
    planName: plan.title || plan.keyStore?.CustomKeyStoreName || 'Untitled plan',
    region: plan.region,
    accountId: plan.accountId,
    connectivity,
    connectivityLabel:
      connectivity === undefined ? 'Not chosen yet' : connectivityLabels[connectivity],
    date: options.now.toISOString().slice(0, 10),
    link: options.link,
    detail,
    verdict: verdictOf(check),
    summary: buildSummary(plan, check),
    unknowns: decidingUnknowns(check.unknowns),
    architecture: buildArchitecture(plan),
    areas: reportAreas
      .map((area) => ({
        id: area.id,
        title: area.title,
        rules: allRules
          .filter((rule) => areaOfRule(rule) === area.id)
          .map((rule) => ruleResult(rule, check, !applies(rule), ruleInput)),
      }))
      .filter((area) => area.rules.length > 0),
    checklist: tailored.items,
    checklistLeftOut: tailored.leftOut,
    alarms: reportAlarms(plan),
    runbook: buildRunbook(plan),
    latency: buildLatencySection(plan),
    troubleshooting,
    troubleshootingLeftOut: errorCodes.length - troubleshooting.length,
  };
}

/**
 * "7 items left out: 5 as the AWS XKS proxy test client already passed against the proxy, 2 as
 * only for public endpoint connectivity." or undefined when every item applies.
 */
export function checklistLeftOutLine(report: Report): string | undefined {
  const total = report.checklistLeftOut.reduce((sum, entry) => sum + entry.count, 0);
  if (total === 0) return undefined;
  const reasons = report.checklistLeftOut.map(({ reason, count }) => `${count}: ${reason}`);
  return `${total} item${total === 1 ? '' : 's'} left out as they do not apply (${reasons.join('; ')}).`;
}

/** An area's rules that do not apply, in one line: how many, and why. */
export interface NotApplicableLine {
  readonly area: string;
  readonly count: number;
  readonly reason: string;
}

/**
 * The rules of a report as the summary form prints them: rules with findings or unknowns in full,
 * passing rules as titles, and the rules that do not apply as one line per area and reason.
 */
export function ruleGroups(report: Report): {
  readonly open: readonly ReportArea[];
  readonly passing: readonly ReportArea[];
  readonly notApplicable: readonly NotApplicableLine[];
} {
  const pick = (keep: (rule: RuleResult) => boolean) =>
    report.areas
      .map((area) => ({ ...area, rules: area.rules.filter(keep) }))
      .filter((area) => area.rules.length > 0);
  const notApplicable = report.areas.flatMap((area) => {
    const reasons = new Map<string, number>();
    for (const rule of area.rules) {
      if (rule.status !== 'not-applicable') continue;
      const reason = rule.notApplicableReason ?? '';
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    return [...reasons].map(([reason, count]) => ({ area: area.title, count, reason }));
  });
  return {
    open: pick((rule) => rule.status !== 'pass' && rule.status !== 'not-applicable'),
    passing: pick((rule) => rule.status === 'pass'),
    notApplicable,
  };
}

/**
 * The readiness report of a plan as data: the verdict, every rule with its status, the manual
 * checklist, the alarms, the runbook, the latency budget and the troubleshooting guide. The page,
 * the Markdown and HTML files and the CLI all print this one model.
 */
import { checklist } from '../catalogue/coverage/index';
import { decidingUnknowns, verdictOf, type Verdict } from '../check/verdict';
import { severities, type AnyRule, type Finding, type Unknown } from '../engine/types';
import { explainForPlan, errorCodes, type PlanExplanation } from '../explain/error-codes';
import { alarmThreshold, measureLabel, plannedAlarms } from '../generators/iac-model/alarms';
import type { Connectivity, Plan } from '../plan/plan-schema';
import { allRules } from '../rules';
import { buildArchitecture, type ArchitectureDiagram } from './architecture';
import { buildLatencySection, type LatencySection } from './latency-section';
import { areaOfRule, reportAreas } from './rule-areas';
import { buildRunbook, type RunbookStep } from './runbook';

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
  readonly verdict: Verdict;
  /** The deciding rules the plan does not say enough to judge: the open items besides errors. */
  readonly unknowns: readonly Unknown[];
  readonly architecture: ArchitectureDiagram;
  readonly areas: readonly ReportArea[];
  readonly checklist: readonly { id: string; text: string; sources: readonly string[] }[];
  readonly alarms: readonly ReportAlarm[];
  readonly runbook: readonly RunbookStep[];
  readonly latency: LatencySection;
  readonly troubleshooting: readonly PlanExplanation[];
}

export interface ReportOptions {
  readonly now: Date;
  /** The plan's share link, when there is one to print. */
  readonly link?: string;
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

/** The rule's status as the engine judged it: a rule that could not judge is unknown, not a pass. */
function ruleResult(rule: AnyRule, check: RuleVerdicts, notApplicable: boolean): RuleResult {
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
  // The engine's applicability: a rule of one connectivity is unknown, not inapplicable, while the
  // plan states none.
  const applies = (rule: AnyRule) =>
    rule.target === 'plan' &&
    (rule.appliesTo === 'all' || connectivity === undefined || rule.appliesTo === connectivity);
  return {
    planName: plan.title || plan.keyStore?.CustomKeyStoreName || 'Untitled plan',
    region: plan.region,
    accountId: plan.accountId,
    connectivity,
    connectivityLabel:
      connectivity === undefined ? 'Not chosen yet' : connectivityLabels[connectivity],
    date: options.now.toISOString().slice(0, 10),
    link: options.link,
    verdict: verdictOf(check),
    unknowns: decidingUnknowns(check.unknowns),
    architecture: buildArchitecture(plan),
    areas: reportAreas
      .map((area) => ({
        id: area.id,
        title: area.title,
        rules: allRules
          .filter((rule) => areaOfRule(rule) === area.id)
          .map((rule) => ruleResult(rule, check, !applies(rule))),
      }))
      .filter((area) => area.rules.length > 0),
    checklist: checklist
      .filter((item) => item.appliesTo === 'all' || item.appliesTo === connectivity)
      .map(({ id, text, sources }) => ({ id, text, sources })),
    alarms: reportAlarms(plan),
    runbook: buildRunbook(plan),
    latency: buildLatencySection(plan),
    troubleshooting: errorCodes.map((entry) => explainForPlan(entry, findings)),
  };
}

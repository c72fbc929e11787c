/**
 * The readiness report of a plan as data: the verdict, every rule with its status, the manual
 * checklist, the alarms, the runbook, the latency budget and the troubleshooting guide. The page,
 * the Markdown and HTML files and the CLI all print this one model.
 */
import { checklist } from '../catalogue/coverage/index';
import { severities, type AnyRule, type Finding } from '../engine/types';
import { explainForPlan, errorCodes, type PlanExplanation } from '../explain/error-codes';
import { alarmThreshold, measureLabel, plannedAlarms } from '../generators/iac-model/alarms';
import type { Connectivity, Plan } from '../plan/plan-schema';
import { allRules } from '../rules';
import { buildArchitecture, type ArchitectureDiagram } from './architecture';
import { buildLatencySection, type LatencySection } from './latency-section';
import { areaOfRule, reportAreas } from './rule-areas';
import { buildRunbook, type RunbookStep } from './runbook';

export type RuleStatus = 'pass' | 'error' | 'warning' | 'info' | 'not-applicable';

export interface RuleResult {
  readonly ruleId: string;
  readonly title: string;
  readonly status: RuleStatus;
  /** The rule's findings for this plan (empty unless the status is error, warning or info). */
  readonly findings: readonly Pick<Finding, 'path' | 'message' | 'fix'>[];
  /** Why the rule does not apply, for status not-applicable. */
  readonly notApplicableReason?: string;
  readonly sources: readonly string[];
}

export interface ReportArea {
  readonly id: string;
  readonly title: string;
  readonly rules: readonly RuleResult[];
}

export interface ReportVerdict {
  readonly ready: boolean;
  readonly blockers: number;
  readonly warnings: number;
  readonly infos: number;
  /** "Ready: no blocking findings" or "Not ready: 3 blockers". */
  readonly headline: string;
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
  readonly verdict: ReportVerdict;
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
  'not-applicable': 'Not applicable',
};

/** "2 errors, 1 warning" for an area's rules; undefined when every rule passes or does not apply. */
export function areaCounts(area: ReportArea): string | undefined {
  const parts = (['error', 'warning', 'info'] as const).flatMap((status) => {
    const n = area.rules.filter((rule) => rule.status === status).length;
    return n === 0 ? [] : [`${n} ${status}${n === 1 ? '' : 's'}`];
  });
  return parts.length ? parts.join(', ') : undefined;
}

export function verdictHeadline(blockers: number): string {
  return blockers === 0
    ? 'Ready: no blocking findings'
    : `Not ready: ${blockers} ${blockers === 1 ? 'blocker' : 'blockers'}`;
}

/** The engine's rule: a rule for one connectivity runs only for plans of that connectivity. */
function applies(rule: AnyRule, connectivity: Connectivity | undefined): boolean {
  return rule.target === 'plan' && (rule.appliesTo === 'all' || rule.appliesTo === connectivity);
}

function notApplicableReason(rule: AnyRule): string {
  if (rule.target === 'proxy-config') return 'Checks the KMS console proxy configuration file.';
  return `Applies to ${connectivityLabels[rule.appliesTo as Connectivity].toLowerCase()} connectivity only.`;
}

function ruleResult(
  rule: AnyRule,
  findings: readonly Finding[],
  connectivity: Connectivity | undefined,
): RuleResult {
  const base = { ruleId: rule.id, title: rule.title, sources: rule.sources };
  if (!applies(rule, connectivity)) {
    return {
      ...base,
      status: 'not-applicable',
      findings: [],
      notApplicableReason: notApplicableReason(rule),
    };
  }
  const own = findings.filter((finding) => finding.ruleId === rule.id);
  const worst = severities.find((severity) => own.some((finding) => finding.severity === severity));
  return {
    ...base,
    status: worst ?? 'pass',
    findings: own.map(({ path, message, fix }) => ({ path, message, fix })),
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

/** Builds the report of a plan from the findings the engine gave for it. */
export function buildReport(
  plan: Plan,
  findings: readonly Finding[],
  options: ReportOptions,
): Report {
  const connectivity = plan.keyStore?.XksProxyConnectivity;
  const count = (severity: Finding['severity']) =>
    findings.filter((finding) => finding.severity === severity).length;
  const blockers = count('error');
  return {
    planName: plan.title || plan.keyStore?.CustomKeyStoreName || 'Untitled plan',
    region: plan.region,
    accountId: plan.accountId,
    connectivity,
    connectivityLabel:
      connectivity === undefined ? 'Not chosen yet' : connectivityLabels[connectivity],
    date: options.now.toISOString().slice(0, 10),
    link: options.link,
    verdict: {
      ready: blockers === 0,
      blockers,
      warnings: count('warning'),
      infos: count('info'),
      headline: verdictHeadline(blockers),
    },
    architecture: buildArchitecture(plan),
    areas: reportAreas
      .map((area) => ({
        id: area.id,
        title: area.title,
        rules: allRules
          .filter((rule) => areaOfRule(rule) === area.id)
          .map((rule) => ruleResult(rule, findings, connectivity)),
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

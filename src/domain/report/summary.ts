/**
 * The two pages a change board reads: the decision record (what was chosen and why, one line per
 * decision), the open items (every error and every deciding unknown, each with its fix and the
 * place to change), the risks (the warnings, one line each) and the sign-off block.
 */
import { decidingUnknowns } from '../check/verdict';
import type { Finding, Unknown } from '../engine/types';
import { assessLatencyAndCapacity, type FleetLoad } from '../latency/latency-and-capacity';
import type { Plan } from '../plan/plan-schema';
import { guide } from '../rules/support/sources';
import { tlsTerminatesAt } from '../rules/support/vpc-tls-termination';
import { allRules } from '../rules';

export interface DecisionLine {
  readonly decision: string;
  readonly choice: string;
  /** Why, or what the choice costs. */
  readonly why: string;
  readonly source?: string;
}

export interface OpenItem {
  readonly kind: 'error' | 'unknown';
  readonly ruleId: string;
  readonly title: string;
  /**
   * What is wrong, for an error. An unknown has none: its title says what cannot be judged, and
   * its fix and places say what to state (a sentence naming the places again only repeated them).
   */
  readonly text?: string;
  /** What to do. */
  readonly fix: string;
  /** The places to change or state, as JSON Pointers. */
  readonly paths: readonly string[];
}

export interface Risk {
  readonly ruleId: string;
  readonly text: string;
}

export interface ReportSummary {
  readonly decisions: readonly DecisionLine[];
  readonly openItems: readonly OpenItem[];
  readonly risks: readonly Risk[];
  /** The warning rules that cannot judge the plan yet: risks not ruled out. */
  readonly risksNotKnown: number;
  /** The roles that approve a plan; names, dates and decisions are written in by hand. */
  readonly signOffRoles: readonly string[];
}

/** What the risks section says besides its list: no warning found, and the warnings not known. */
export function risksNote({ risks, risksNotKnown }: ReportSummary): string | undefined {
  const notKnown =
    risksNotKnown === 1
      ? '1 warning check is not known yet: the plan does not state what it needs.'
      : `${risksNotKnown} warning checks are not known yet: the plan does not state what they need.`;
  if (risks.length === 0)
    return risksNotKnown === 0 ? 'No warnings.' : `No warning found. ${notKnown}`;
  return risksNotKnown === 0 ? undefined : notKnown;
}

/** Which legs of the round trip are neither measured nor estimated. */
function latencyMissing(regionLeg: boolean, keyManagerLeg: boolean): string {
  if (regionLeg && keyManagerLeg) return 'neither leg of the round trip is measured or estimated';
  return `the round trip ${regionLeg ? 'from the Region to the proxy' : 'from the proxy to the key manager'} is neither measured nor estimated`;
}

export const signOffRoles = [
  'Security architect',
  'Cloud platform owner',
  'Key manager owner',
  'Change advisory board',
] as const;

const connectivityDecision: Readonly<Record<string, Omit<DecisionLine, 'decision'>>> = {
  PUBLIC_ENDPOINT: {
    choice: 'Public endpoint',
    why: 'KMS calls the proxy over the internet at a public HTTPS endpoint: the least to build, but the proxy is reachable from the internet and must be hardened and monitored as such.',
    source: guide('choose-xks-connectivity.html'),
  },
  VPC_ENDPOINT_SERVICE: {
    choice: 'VPC endpoint service',
    why: 'KMS reaches the proxy through PrivateLink into your VPC: no traffic crosses the internet, at the cost of a Network Load Balancer, a verified private DNS name and a link from the VPC to the proxy.',
    source: guide('choose-xks-connectivity.html'),
  },
};

function tlsEndChoice(
  at: 'proxy' | 'load-balancer' | undefined,
  connectivity: string | undefined,
): string {
  if (at === 'load-balancer')
    return 'On the load balancer (it starts a new TLS connection to the proxy)';
  if (at === 'proxy')
    return connectivity === 'VPC_ENDPOINT_SERVICE'
      ? 'On the proxy (the load balancer passes TCP through)'
      : 'On the proxy';
  return connectivity ? 'Not stated' : 'Not known until connectivity is chosen';
}

const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

function fleetLine(name: string, fleet: FleetLoad): string {
  if (fleet.instances === 0) return `${name}: instances not listed`;
  const loss = fleet.afterLossOfOne;
  const afterLoss =
    loss === undefined
      ? 'one instance: losing it stops the key store'
      : loss.carriesPeak === undefined
        ? 'whether the rest carry the peak after losing one is not known'
        : loss.carriesPeak
          ? 'the rest carry the peak after losing one'
          : 'the rest do NOT carry the peak after losing one';
  return `${name}: ${fleet.instances}, ${afterLoss}`;
}

function decisions(plan: Plan): DecisionLine[] {
  const connectivity = plan.keyStore?.XksProxyConnectivity;
  const { budget, capacity, regionToProxy, proxyToKeyManager } = assessLatencyAndCapacity(plan);
  const components = [
    [plan.externalKeyManager?.vendor, plan.externalKeyManager?.model].filter(Boolean).join(' '),
    [plan.proxy?.vendor, plan.proxy?.product].filter(Boolean).join(' '),
  ];
  const latencyKnown = regionToProxy.usedMs !== undefined && proxyToKeyManager.usedMs !== undefined;
  return [
    {
      decision: 'Connectivity',
      ...(connectivity
        ? connectivityDecision[connectivity]!
        : { choice: 'Not chosen yet', why: 'Every network rule waits for this choice.' }),
    },
    {
      decision: 'TLS terminates',
      choice: tlsEndChoice(tlsTerminatesAt(plan), connectivity),
      why: 'The certificate there must name the endpoint host and chain to a CA AWS KMS trusts.',
      source: guide('keystore-external.html'),
    },
    {
      decision: 'Region',
      choice: plan.region ?? 'Not chosen yet',
      why: 'The key store, its keys and (for VPC connectivity) the endpoint service live in this Region.',
    },
    {
      decision: 'Key manager and proxy',
      choice: `${components[0] || 'Key manager not named'}; ${components[1] || 'proxy not named'}`,
      why: `${fleetLine('Proxies', capacity.proxy)}; ${fleetLine('key managers', capacity.keyManager)}.`,
    },
    {
      decision: 'Latency',
      choice: latencyKnown
        ? `${ms(budget.networkMs)} network round trip, ${ms(budget.callMs)} per proxy call${budget.complete ? '' : ' (the time in the proxy and key manager not stated)'}`
        : `Not known: ${latencyMissing(regionToProxy.usedMs === undefined, proxyToKeyManager.usedMs === undefined)}`,
      why: `AWS advises at most ${ms(budget.targetMs)} from the Region to the key manager; KMS waits ${ms(budget.timeoutMs)} for a call.`,
      source: guide('keystore-external.html'),
    },
    {
      decision: 'Capacity',
      choice:
        capacity.peakRps === undefined
          ? 'Peak not stated'
          : `${capacity.peakRps} requests/s at the peak`,
      why: `KMS allows ${capacity.quotaRps} requests/s per external key store${capacity.withinQuota === false ? ': the peak is OVER it' : ''}.`,
      source: guide('requests-per-second.html'),
    },
  ];
}

function openItems(findings: readonly Finding[], unknowns: readonly Unknown[]): OpenItem[] {
  const titles = new Map(allRules.map((rule) => [rule.id, rule.title]));
  return [
    ...findings
      .filter((finding) => finding.severity === 'error')
      .map((finding): OpenItem => ({
        kind: 'error',
        ruleId: finding.ruleId,
        title: titles.get(finding.ruleId) ?? finding.ruleId,
        text: finding.message,
        fix: finding.fix,
        paths: [finding.path, ...(finding.relatedPaths ?? [])],
      })),
    ...decidingUnknowns(unknowns).map((unknown): OpenItem => ({
      kind: 'unknown',
      ruleId: unknown.ruleId,
      title: unknown.title,
      fix: `State ${unknown.paths.length === 1 ? 'it' : 'them'}, so that the rule can judge the plan.`,
      paths: unknown.paths,
    })),
  ];
}

export function buildSummary(
  plan: Plan,
  check: { readonly findings: readonly Finding[]; readonly unknowns: readonly Unknown[] },
): ReportSummary {
  return {
    decisions: decisions(plan),
    openItems: openItems(check.findings, check.unknowns),
    risks: check.findings
      .filter((finding) => finding.severity === 'warning')
      .map((finding) => ({ ruleId: finding.ruleId, text: finding.message })),
    risksNotKnown: check.unknowns.filter((unknown) => unknown.severity === 'warning').length,
    signOffRoles,
  };
}

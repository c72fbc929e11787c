/** The latency and capacity budget of the report, as rows from the latency assessment. */
import {
  assessLatencyAndCapacity,
  type FleetLoad,
  type LegAssessment,
} from '../latency/latency-and-capacity';
import type { Plan } from '../plan/plan-schema';
import { describeObservations, withObservations } from '../probe/plan-observations';

export interface LatencyRow {
  readonly label: string;
  readonly value: string;
  /** How the value compares with AWS's limit or advice, or where it came from. */
  readonly note: string;
}

export interface LatencySection {
  readonly rows: readonly LatencyRow[];
}

const ms = (value: number) => `${Math.round(value * 10) / 10} ms`;

/** How a figure compares with its limit; a sum with a leg missing is not judged. */
const judged = (within: boolean | undefined) =>
  within === undefined
    ? 'A leg is not known yet, so it cannot be judged against'
    : within
      ? 'Within'
      : 'Over';

function legRow(label: string, leg: LegAssessment, measuredBy = 'from the plan'): LatencyRow {
  if (leg.usedMs === undefined) {
    return {
      label,
      value: 'unknown',
      note: leg.missing ?? 'Not measured and no location to estimate from.',
    };
  }
  const note =
    leg.basis === 'measured'
      ? `Measured (${measuredBy}).`
      : `Estimated from ${leg.estimate ? `${Math.round(leg.estimate.distanceKm)} km between ${leg.estimate.from.label} and ${leg.estimate.to.label}` : 'the locations'}.`;
  return { label, value: ms(leg.usedMs), note };
}

function fleetRow(label: string, fleet: FleetLoad): LatencyRow {
  // A fleet the plan does not list yet is not known, not a single instance.
  if (fleet.instances === 0) {
    return {
      label,
      value: 'no instances listed',
      note: `Not known yet: list the ${fleet.component} instances to judge the fleet.`,
    };
  }
  const instances = `${fleet.instances} instance${fleet.instances === 1 ? '' : 's'}`;
  const capacity =
    fleet.capacityRps === undefined ? 'capacity not stated' : `${fleet.capacityRps} requests/s`;
  const loss = fleet.afterLossOfOne;
  const [they, carry, doNot] =
    loss?.instances === 1 ? ['it', 'carries', 'does NOT'] : ['they', 'carry', 'do NOT'];
  const note =
    loss === undefined
      ? 'A single instance: losing it stops the key store.'
      : loss.carriesPeak === undefined
        ? `After losing one: ${loss.instances} left; whether ${they} ${carry} the peak is unknown.`
        : `After losing one: ${loss.instances} left, ${they} ${loss.carriesPeak ? carry : `${doNot} carry`} the peak.`;
  return { label, value: `${instances}, ${capacity}`, note };
}

export function buildLatencySection(plan: Plan): LatencySection {
  // The rules judge the plan with its observations; so does the budget.
  const assessment = assessLatencyAndCapacity(withObservations(plan));
  const { budget, capacity } = assessment;
  const observed = plan.observed;
  const probed = observed?.latency !== undefined && plan.traffic?.roundTripMs === undefined;
  const rows: LatencyRow[] = [
    ...(observed
      ? [
          {
            label: 'Probe of the running proxy',
            value: describeObservations(observed).headline,
            note: describeObservations(observed).detail,
          },
        ]
      : []),
    legRow(
      'Region to proxy, round trip',
      assessment.regionToProxy,
      probed ? `median of the probe's signed calls, from ${observed.measuredFrom}` : undefined,
    ),
    legRow('Proxy to key manager, round trip', assessment.proxyToKeyManager),
    {
      label: 'Network round trip',
      value: budget.withinTarget === undefined ? 'not known yet' : ms(budget.networkMs),
      note: `${judged(budget.withinTarget)} the ${ms(budget.targetMs)} AWS advises.`,
    },
    {
      label: 'One proxy call',
      value: budget.withinTimeout === undefined ? 'not known yet' : ms(budget.callMs),
      note: `${judged(budget.withinTimeout)} the ${ms(budget.timeoutMs)} KMS waits (it retries once: up to ${ms(budget.retry.worstCaseMs)})${budget.complete ? '' : '; parts not known are left out'}.`,
    },
    {
      label: 'Peak requests',
      value: capacity.peakRps === undefined ? 'not stated' : `${capacity.peakRps} requests/s`,
      note:
        capacity.withinQuota === undefined
          ? `KMS allows ${capacity.quotaRps} requests/s per external key store.`
          : `${capacity.withinQuota ? 'Within' : 'Over'} the ${capacity.quotaRps} requests/s KMS allows per external key store.`,
    },
    fleetRow('Proxy fleet', capacity.proxy),
    fleetRow('Key manager fleet', capacity.keyManager),
  ];
  if (assessment.closestRegions.length > 0) {
    rows.push({
      label: `Closest Regions to the ${assessment.closestRegionsTo ?? 'proxy'}`,
      value: assessment.closestRegions.map((entry) => entry.region.code).join(', '),
      note: assessment.closestRegions
        .map((entry) => `${entry.region.code}: about ${ms(entry.estimatedRoundTripMs)}`)
        .join('; '),
    });
  }
  return { rows };
}

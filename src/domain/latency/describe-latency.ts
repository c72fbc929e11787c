/**
 * The latency and capacity assessment in plain words, one labelled line per fact, for the wizard
 * and any printed report: every judgement is said in words, never left to colour.
 */
import {
  minimumRoundTripMs,
  type FleetLoad,
  type LatencyAndCapacity,
  type LegAssessment,
} from './latency-and-capacity';
import { formatCount } from '../text/format-count';

export interface DescribedLine {
  readonly label: string;
  readonly text: string;
}

const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
const rps = (value: number) => `${Math.round(value)} requests/s`;
/** "the other instance", "the other 3": counts that read naturally. */
const theOthers = (count: number) => (count === 1 ? 'the other instance' : `the other ${count}`);
const km = (value: number) => `${formatCount(value)} km`;

function describeLeg(leg: LegAssessment): string {
  const estimate = leg.estimate;
  const estimateText = estimate
    ? `${ms(estimate.floorMs)} to ${ms(estimate.estimatedMs)} for ${km(estimate.distanceKm)} from ${estimate.from.label} to ${estimate.to.label} (the speed of light in fibre, and never under ${ms(minimumRoundTripMs)} between two sites, to a real path's length)`
    : undefined;
  switch (leg.basis) {
    case 'measured':
      return `${ms(leg.measuredMs!)} measured${estimateText ? `; the distance estimate is ${estimateText}` : ''}`;
    case 'estimated':
      return `not measured; estimated ${estimateText}`;
    case 'unknown':
      return `not measured and not estimated: ${leg.missing}`;
  }
}

function describeFleet(fleet: FleetLoad, peak: number | undefined): string {
  if (fleet.instances === 0) return 'no instances listed';
  const parts = [`${fleet.instances} instance${fleet.instances === 1 ? '' : 's'}`];
  if (fleet.capacityRps !== undefined)
    parts.push(
      `${rps(fleet.capacityRps)} in all (about ${rps(fleet.perInstanceCapacityRps!)} each)`,
    );
  if (fleet.perInstanceLoadRps !== undefined)
    parts.push(`each carries about ${rps(fleet.perInstanceLoadRps)} at the peak`);
  const afterLoss = fleet.afterLossOfOne;
  if (!afterLoss) parts.push('losing the only instance stops every request');
  else if (afterLoss.carriesPeak === true)
    parts.push(
      `with one lost, ${theOthers(afterLoss.instances)} still ${afterLoss.instances === 1 ? 'carries' : 'carry'} the peak`,
    );
  else if (afterLoss.carriesPeak === false)
    parts.push(
      `with one lost, ${theOthers(afterLoss.instances)} ${afterLoss.instances === 1 ? 'serves' : 'serve'} about ${rps(afterLoss.capacityRps!)}: less than the peak of ${rps(peak!)}`,
    );
  return parts.join('; ');
}

export function describeLatency(assessment: LatencyAndCapacity): DescribedLine[] {
  const { budget, capacity } = assessment;
  const lines: DescribedLine[] = [
    { label: 'AWS Region to proxy', text: describeLeg(assessment.regionToProxy) },
    { label: 'Proxy to key manager', text: describeLeg(assessment.proxyToKeyManager) },
    {
      label: 'Network round trip',
      text:
        budget.withinTarget === undefined
          ? `not known yet: a leg is neither measured nor estimated, so it cannot be judged against the ${budget.targetMs} ms AWS asks for`
          : `${ms(budget.networkMs)} from the Region to the key manager: ${budget.withinTarget ? 'within' : 'more than'} the ${budget.targetMs} ms AWS asks for`,
    },
    {
      label: 'One proxy call',
      text: `${budget.withinTimeout === undefined ? 'not known yet' : ms(budget.callMs)} (network${budget.proxyProcessingMs === undefined ? '' : `, ${ms(budget.proxyProcessingMs)} in the proxy`}${budget.keyManagerOperationMs === undefined ? '' : `, ${ms(budget.keyManagerOperationMs)} in the key manager`}${budget.complete ? '' : '; some parts not known yet'}): ${budget.withinTimeout === undefined ? 'cannot be judged against' : budget.withinTimeout ? 'fits in' : 'does not fit in'} the ${budget.timeoutMs} ms KMS waits. KMS retries a timed-out call once, so a caller can wait up to ${budget.retry.worstCaseMs} ms.`,
    },
  ];
  if (assessment.closestRegions.length > 0)
    lines.push({
      label: `Closest Regions with external key stores to the ${assessment.closestRegionsTo}`,
      text: assessment.closestRegions
        .map(
          (entry) =>
            `${entry.region.code} (${entry.region.name}), about ${ms(entry.estimatedRoundTripMs)}`,
        )
        .join('; '),
    });
  lines.push(
    {
      label: 'Peak traffic',
      text:
        capacity.peakRps === undefined
          ? 'not stated'
          : `${rps(capacity.peakRps)}, ${Math.round((capacity.peakRps / capacity.quotaRps) * 100)}% of the ${capacity.quotaRps} requests/s one store may receive${capacity.withinQuota ? '' : ': above the quota, the excess is throttled'}`,
    },
    { label: 'Proxy fleet', text: describeFleet(capacity.proxy, capacity.peakRps) },
    { label: 'Key manager', text: describeFleet(capacity.keyManager, capacity.peakRps) },
  );
  return lines;
}

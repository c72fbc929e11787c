import { defineRule } from '../engine/define-rule';
import { assessLatencyAndCapacity, fibreSpeedSource } from '../latency/latency-and-capacity';
import type { Plan } from '../plan/plan-schema';
import { guide } from './support/sources';
import { placeReads } from './support/traffic-latency';

/** A Region saving less than this much round trip is not worth a suggestion. */
const worthwhileSavingMs = 10;

export default defineRule<Plan, 'closer-region'>({
  id: 'traffic-closer-region',
  target: 'plan',
  severity: 'info',
  title: 'The key store Region is the closest one to the proxy',
  description:
    'AWS advises choosing the AWS Region that offers external key stores closest to the proxy and external key manager: every cryptographic request on a key in the store travels from the Region to them and back. The planner compares the estimated round trip from the plan Region with that from the other Regions of the same partition.',
  messages: {
    'closer-region': {
      message:
        '{{closer}} is closer to the {{place}} ({{placeName}}) than {{region}}: an estimated round trip of about {{closerMs}} ms instead of {{regionMs}} ms.',
      fix: 'Consider creating the key store in {{closerCode}} if your data-residency and service needs allow; otherwise keep {{region}} and confirm the measured round trip stays within 35 ms.',
    },
  },
  reads: [...placeReads],
  appliesTo: 'all',
  sources: [
    guide('keystore-external.html'),
    guide('xks-troubleshooting.html#fix-xks-latency'),
    fibreSpeedSource,
  ],
  facts: ['XKS-RTT-35MS'],
  check(plan, { report, unknown }) {
    const { closestRegions, closestRegionsTo, closestRegionsPlace, planRegionDistance } =
      assessLatencyAndCapacity(plan);
    const closest = closestRegions[0];
    // A Region without a recorded location cannot be compared; that is no gap in the plan.
    if (plan.region === undefined || !closestRegionsPlace) {
      unknown([
        ...(plan.region === undefined ? [['region']] : []),
        ...(closestRegionsPlace ? [] : [['proxy', 'site']]),
      ]);
      return;
    }
    if (!closest || !planRegionDistance || !closestRegionsTo || !closestRegionsPlace) return;
    const regionMs = planRegionDistance.estimatedRoundTripMs;
    if (regionMs - closest.estimatedRoundTripMs < worthwhileSavingMs) return;
    report({
      messageId: 'closer-region',
      path: ['region'],
      data: {
        closer: `${closest.region.code} (${closest.region.name})`,
        closerCode: closest.region.code,
        place: closestRegionsTo,
        placeName: closestRegionsPlace.label,
        region: planRegionDistance.region.code,
        closerMs: Math.round(closest.estimatedRoundTripMs),
        regionMs: Math.round(regionMs),
      },
    });
  },
});

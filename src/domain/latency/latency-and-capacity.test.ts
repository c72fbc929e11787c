import { describe, expect, it } from 'vitest';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import { greatCircleKm } from './great-circle';
import {
  assessLatencyAndCapacity,
  fibreKmPerMs,
  minimumRoundTripMs,
  pathFactor,
} from './latency-and-capacity';

const ready = findExample('public-endpoint-ready')!.document;
const unmeasured = withPlan(ready, {
  traffic: { roundTripMs: undefined, proxyToKeyManagerMs: undefined },
});

describe('greatCircleKm', () => {
  it('measures a quarter meridian and a point to itself', () => {
    expect(
      greatCircleKm({ latitude: 0, longitude: 0 }, { latitude: 90, longitude: 0 }),
    ).toBeCloseTo(10_007.5, 0);
    expect(
      greatCircleKm({ latitude: 51.5, longitude: -0.1 }, { latitude: 51.5, longitude: -0.1 }),
    ).toBe(0);
  });
});

describe('assessLatencyAndCapacity', () => {
  it('uses the measurements of a ready plan and keeps the estimate beside them', () => {
    const result = assessLatencyAndCapacity(ready);
    expect(result.regionToProxy).toMatchObject({ basis: 'measured', usedMs: 12 });
    expect(result.regionToProxy.estimate?.to).toMatchObject({
      label: 'Dublin',
      from: 'instance-location',
    });
    expect(result.budget).toMatchObject({ networkMs: 13, withinTarget: true, withinTimeout: true });
    expect(result.budget.retry).toEqual({ attempts: 2, worstCaseMs: 500 });
  });

  it('estimates from coordinates: floor at 200 km/ms there and back, times the path factor', () => {
    const plan = withPlan(unmeasured, {
      proxy: { site: { latitude: 50.11, longitude: 8.68 } },
      externalKeyManager: { site: { city: 'Frankfurt' } },
    });
    const { regionToProxy, proxyToKeyManager, budget } = assessLatencyAndCapacity(plan);
    const estimate = regionToProxy.estimate!;
    expect(regionToProxy.basis).toBe('estimated');
    expect(estimate.distanceKm).toBeGreaterThan(1000);
    expect(estimate.distanceKm).toBeLessThan(1150);
    expect(estimate.floorMs).toBeCloseTo((2 * estimate.distanceKm) / fibreKmPerMs);
    expect(estimate.estimatedMs).toBeCloseTo(estimate.floorMs * pathFactor);
    // Proxy and key manager in one city: never estimated as free.
    expect(proxyToKeyManager.estimate!.floorMs).toBe(minimumRoundTripMs);
    expect(proxyToKeyManager.usedMs).toBe(minimumRoundTripMs * pathFactor);
    expect(budget.networkMs).toBeCloseTo(estimate.estimatedMs + minimumRoundTripMs * pathFactor);
  });

  it('adds proxy and key manager time to the call and judges it against the timeout', () => {
    const plan = withPlan(ready, {
      traffic: {
        roundTripMs: 100,
        proxyToKeyManagerMs: 50,
        proxyProcessingMs: 20,
        keyManagerOperationMs: 80,
      },
    });
    expect(assessLatencyAndCapacity(plan).budget).toMatchObject({
      networkMs: 150,
      callMs: 250,
      complete: true,
      withinTarget: false,
      withinTimeout: false,
    });
  });

  it('judges a sum with a leg missing only when it is already too long', () => {
    // The draft states no site: only the measured leg is known.
    const draft = findExample('vpc-endpoint-service-draft')!.document;
    const oneLeg = (roundTripMs: number) =>
      assessLatencyAndCapacity(withPlan(draft, { traffic: { roundTripMs } })).budget;
    expect(oneLeg(10)).toMatchObject({ withinTarget: undefined, withinTimeout: undefined });
    expect(oneLeg(40)).toMatchObject({ withinTarget: false, withinTimeout: undefined });
    expect(oneLeg(260)).toMatchObject({ withinTarget: false, withinTimeout: false });
  });

  it('says what is missing when nothing can be placed', () => {
    const plan = withPlan(unmeasured, { region: undefined });
    const { regionToProxy, closestRegions } = assessLatencyAndCapacity(plan);
    expect(regionToProxy).toEqual({
      basis: 'unknown',
      missing: 'the AWS Region is not stated or not known',
    });
    expect(closestRegions[0]?.region.code).toBe('eu-west-1');
    const unlisted = withPlan(unmeasured, { proxy: { site: { city: 'Atlantis' }, instances: [] } });
    expect(assessLatencyAndCapacity(unlisted).regionToProxy.missing).toMatch(
      /"Atlantis" is not in the city list/,
    );
  });

  it('ranks the closest Regions that offer external key stores, in the plan partition', () => {
    const plan = withPlan(unmeasured, { proxy: { site: { city: 'Zurich' } } });
    const codes = assessLatencyAndCapacity(plan).closestRegions.map((entry) => entry.region.code);
    expect(codes).toEqual(['eu-central-2', 'eu-south-1', 'eu-central-1']);
    const beijing = withPlan(unmeasured, { proxy: { site: { city: 'Beijing' } } });
    const near = assessLatencyAndCapacity(beijing).closestRegions.map((entry) => entry.region.code);
    expect(near).not.toContain('cn-north-1');
  });

  it('spreads capacity over instances and judges the loss of one', () => {
    const { capacity } = assessLatencyAndCapacity(
      withPlan(ready, { traffic: { peakRequestsPerSecond: 1300 } }),
    );
    expect(capacity).toMatchObject({ peakRps: 1300, quotaRps: 1800, withinQuota: true });
    expect(capacity.proxy).toMatchObject({
      instances: 2,
      capacityRps: 2400,
      perInstanceCapacityRps: 1200,
      perInstanceLoadRps: 650,
      afterLossOfOne: {
        instances: 1,
        capacityRps: 1200,
        perInstanceLoadRps: 1300,
        carriesPeak: false,
      },
    });
    expect(capacity.keyManager.afterLossOfOne?.carriesPeak).toBe(true);
  });
});

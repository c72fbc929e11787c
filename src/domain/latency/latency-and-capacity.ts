/**
 * The latency and capacity picture of a plan: the round trip from the AWS Region to the proxy and
 * on to the key manager (measured, or estimated from where they are), the 250 ms budget of one
 * proxy call, the closest Regions that offer external key stores, and whether the proxy and key
 * manager fleets carry the peak, also after losing one instance.
 */
import { findCity, findRegionLocation, regionsWithoutLocation } from '../aws/region-locations';
import { awsRegions, findRegion, supportsExternalKeyStores, type AwsRegion } from '../aws/regions';
import type { Plan } from '../plan/plan-schema';
import { oncePerPlan } from '../plan/once-per-plan';
import { greatCircleKm } from './great-circle';

export interface GeoPoint {
  readonly latitude: number;
  readonly longitude: number;
}

/** A place the estimate used, and how it was found. */
export interface PlaceUsed {
  readonly label: string;
  readonly point: GeoPoint;
  readonly from: 'coordinates' | 'city' | 'instance-location' | 'region';
}

/** The round trip between two places by distance, speed of light in fibre and a path factor. */
export interface RoundTripEstimate {
  readonly from: PlaceUsed;
  readonly to: PlaceUsed;
  readonly distanceKm: number;
  /** There and back along the great circle at the speed of light in fibre: no network is faster. */
  readonly floorMs: number;
  readonly pathFactor: number;
  /** floorMs × pathFactor: what a real network path takes. */
  readonly estimatedMs: number;
}

/** One network leg of a proxy call. */
export interface LegAssessment {
  readonly measuredMs?: number;
  readonly estimate?: RoundTripEstimate;
  /** The measurement when there is one, otherwise the estimate. */
  readonly usedMs?: number;
  readonly basis: 'measured' | 'estimated' | 'unknown';
  /** Why there is neither a measurement nor an estimate. */
  readonly missing?: string;
}

export interface LatencyBudget {
  /** Region → proxy → key manager round trips (the legs known). */
  readonly networkMs: number;
  readonly proxyProcessingMs?: number;
  readonly keyManagerOperationMs?: number;
  /** Network, proxy and key manager time of one proxy call (the parts known). */
  readonly callMs: number;
  /** True when every part of the call is measured or estimated. */
  readonly complete: boolean;
  /** AWS's advice for the Region-to-key-manager round trip. */
  readonly targetMs: number;
  /** Undefined while a leg is neither measured nor estimated and the legs known are within. */
  readonly withinTarget: boolean | undefined;
  /** How long KMS waits for one proxy call. */
  readonly timeoutMs: number;
  /**
   * Undefined while a leg is neither measured nor estimated and the parts known fit. The time in
   * the proxy and the key manager is optional, as for the timeout rule.
   */
  readonly withinTimeout: boolean | undefined;
  /** KMS retries a timed-out call once, so a caller waits up to twice the timeout. */
  readonly retry: { readonly attempts: number; readonly worstCaseMs: number };
}

export interface RegionDistance {
  readonly region: AwsRegion;
  readonly distanceKm: number;
  readonly estimatedRoundTripMs: number;
}

export interface FleetLoad {
  readonly component: 'proxy' | 'key manager';
  /** Instances the plan lists. */
  readonly instances: number;
  /** Requests per second the whole fleet can serve, as the plan states. */
  readonly capacityRps?: number;
  /** Capacity of one instance, when the fleet capacity is spread evenly. */
  readonly perInstanceCapacityRps?: number;
  /** Share of the peak one instance carries. */
  readonly perInstanceLoadRps?: number;
  /** The fleet with one instance lost (when there are at least two). */
  readonly afterLossOfOne?: {
    readonly instances: number;
    readonly capacityRps?: number;
    readonly perInstanceLoadRps?: number;
    /** Whether the remaining instances carry the peak (unknown without capacity and peak). */
    readonly carriesPeak?: boolean;
  };
}

export interface CapacityAssessment {
  readonly peakRps?: number;
  readonly quotaRps: number;
  readonly withinQuota?: boolean;
  readonly proxy: FleetLoad;
  readonly keyManager: FleetLoad;
}

export interface LatencyAndCapacity {
  readonly region?: AwsRegion;
  readonly regionToProxy: LegAssessment;
  readonly proxyToKeyManager: LegAssessment;
  readonly budget: LatencyBudget;
  /** Regions offering external key stores nearest to the proxy (else the key manager), closest first. */
  readonly closestRegions: readonly RegionDistance[];
  readonly closestRegionsTo?: 'proxy' | 'key manager';
  /** The place the Regions are ranked by. */
  readonly closestRegionsPlace?: PlaceUsed;
  /** The plan Region in that ranking, to compare with the closest. */
  readonly planRegionDistance?: RegionDistance;
  readonly capacity: CapacityAssessment;
}

/**
 * Light in optical fibre covers about 200 km per millisecond (two thirds of its speed in vacuum,
 * glass having a refractive index near 1.47).
 */
export const fibreKmPerMs = 200;
export const fibreSpeedSource = 'https://en.wikipedia.org/wiki/Optical_fiber';

/**
 * Real paths are longer than the great circle (cables follow coasts, roads and exchange points) and
 * routers add time: measured minimum round trips on the internet are typically about 3 times the
 * speed-of-light-in-vacuum time, i.e. about twice the fibre floor computed here.
 */
export const pathFactor = 2;
export const pathFactorSource = 'https://blog.apnic.net/2017/06/19/why-is-the-internet-so-slow';

/**
 * No network round trip between two sites is free, however close: AWS's own Availability Zones,
 * data centres at most about 100 km apart in one metro area, are linked with "single-digit
 * millisecond" latency. An estimate is never below this, so a proxy in the Region's own city is not
 * reported as 0 ms.
 */
export const minimumRoundTripMs = 1;
export const minimumRoundTripSource =
  'https://aws.amazon.com/about-aws/global-infrastructure/regions_az/';

/** AWS's advice for the round trip between the AWS Region and the external key manager. */
export const roundTripTargetMs = 35;
/** How long KMS waits for one proxy call; it retries a timed-out call once. */
export const proxyTimeoutMs = 250;
const proxyCallAttempts = 2;
/** Cryptographic requests per second KMS allows on all keys of one external key store. */
export const storeQuotaRps = 1800;

/** How many closest Regions the assessment lists. */
const closestRegionCount = 3;

const floorMsOver = (distanceKm: number) =>
  Math.max((2 * distanceKm) / fibreKmPerMs, minimumRoundTripMs);

const roundTripMsOver = (distanceKm: number) =>
  Math.max(floorMsOver(distanceKm) * pathFactor, minimumRoundTripMs);

export function estimateRoundTrip(from: PlaceUsed, to: PlaceUsed): RoundTripEstimate {
  const distanceKm = greatCircleKm(from.point, to.point);
  return {
    from,
    to,
    distanceKm,
    floorMs: floorMsOver(distanceKm),
    pathFactor,
    estimatedMs: roundTripMsOver(distanceKm),
  };
}

type Site = NonNullable<NonNullable<Plan['proxy']>['site']>;
type LocatedInstances = readonly { readonly location?: string }[] | undefined;

/** Where a site is: its coordinates, else its city, else the first instance location naming a known city. */
export function locateSite(
  site: Site | undefined,
  instances: LocatedInstances,
): PlaceUsed | undefined {
  if (site?.latitude !== undefined && site.longitude !== undefined) {
    const point = { latitude: site.latitude, longitude: site.longitude };
    return {
      label: site.city ?? `${site.latitude}, ${site.longitude}`,
      point,
      from: 'coordinates',
    };
  }
  const named = site?.city === undefined ? undefined : findCity(site.city);
  if (named) return { label: named.name, point: named, from: 'city' };
  for (const instance of instances ?? []) {
    const found = instance.location === undefined ? undefined : findCity(instance.location);
    if (found) return { label: found.name, point: found, from: 'instance-location' };
  }
  return undefined;
}

function locateRegion(region: AwsRegion): PlaceUsed | undefined {
  const location = findRegionLocation(region.code);
  if (!location) return undefined;
  return { label: `${region.name}, ${location.city.name}`, point: location.city, from: 'region' };
}

function siteProblem(what: string, site: Site | undefined): string {
  return site?.city !== undefined && site.latitude === undefined
    ? `the ${what} city "${site.city}" is not in the city list; give its coordinates`
    : `the ${what} site (city or coordinates) is not stated`;
}

function leg(
  measuredMs: number | undefined,
  estimate: RoundTripEstimate | undefined,
  missing: string,
): LegAssessment {
  if (measuredMs !== undefined)
    return { measuredMs, estimate, usedMs: measuredMs, basis: 'measured' };
  if (estimate) return { estimate, usedMs: estimate.estimatedMs, basis: 'estimated' };
  return { basis: 'unknown', missing };
}

function regionPlace(plan: Plan): { region?: AwsRegion; place?: PlaceUsed; missing: string } {
  const region = plan.region === undefined ? undefined : findRegion(plan.region);
  if (!region) return { missing: 'the AWS Region is not stated or not known' };
  const place = locateRegion(region);
  const missing =
    regionsWithoutLocation[region.code] ?? `no location is recorded for ${region.code}`;
  return { region, place, missing };
}

/** The proxy's place; a proxy in the key store's VPC is in the Region itself. */
function proxyPlace(plan: Plan, regionAt: PlaceUsed | undefined): PlaceUsed | undefined {
  const proxy = plan.proxy;
  const located = locateSite(proxy?.site, proxy?.instances);
  if (located) return located;
  return proxy?.location === 'this-vpc' ? regionAt : undefined;
}

/**
 * The last ranking made, by the point and partition it was made for: every check of a plan ranks
 * all Regions by distance from the same place, a twentieth of a check of a large plan.
 */
let lastRanking: { key: string; ranked: readonly RegionDistance[] } | undefined;

/** Regions that offer external key stores in the same partition, closest to `place` first. */
export function closestXksRegions(
  place: PlaceUsed,
  partitionOf?: AwsRegion,
): readonly RegionDistance[] {
  const key = `${place.point.latitude},${place.point.longitude},${partitionOf?.partition ?? ''}`;
  if (lastRanking?.key !== key) {
    lastRanking = { key, ranked: rankXksRegions(place.point, partitionOf) };
  }
  return lastRanking.ranked;
}

function rankXksRegions(point: GeoPoint, partitionOf: AwsRegion | undefined): RegionDistance[] {
  return awsRegions
    .filter((region) => supportsExternalKeyStores(region))
    .filter((region) => partitionOf === undefined || region.partition === partitionOf.partition)
    .flatMap((region) => {
      const at = locateRegion(region);
      if (!at) return [];
      const distanceKm = greatCircleKm(at.point, point);
      return [{ region, distanceKm, estimatedRoundTripMs: roundTripMsOver(distanceKm) }];
    })
    .sort((a, b) => a.distanceKm - b.distanceKm);
}

function fleetLoad(
  component: FleetLoad['component'],
  instances: number,
  capacityRps: number | undefined,
  peakRps: number | undefined,
): FleetLoad {
  const share = (total: number | undefined, count: number) =>
    total === undefined || count === 0 ? undefined : total / count;
  const afterLossOfOne =
    instances < 2
      ? undefined
      : {
          instances: instances - 1,
          capacityRps:
            capacityRps === undefined ? undefined : (capacityRps * (instances - 1)) / instances,
          perInstanceLoadRps: share(peakRps, instances - 1),
          carriesPeak:
            capacityRps === undefined || peakRps === undefined
              ? undefined
              : (capacityRps * (instances - 1)) / instances >= peakRps,
        };
  return {
    component,
    instances,
    capacityRps,
    perInstanceCapacityRps: share(capacityRps, instances),
    perInstanceLoadRps: share(peakRps, instances),
    afterLossOfOne,
  };
}

/** Proxy instances: the plan's list, else the load balancer's targets (each a proxy instance). */
function proxyInstanceCount(plan: Plan): number {
  return plan.proxy?.instances?.length ?? plan.loadBalancer?.targetGroup?.targets?.length ?? 0;
}

/** Several rules judge the same assessment of one plan in one run: it is made once per plan. */
export const assessLatencyAndCapacity: (plan: Plan) => LatencyAndCapacity = oncePerPlan(assess);

function assess(plan: Plan): LatencyAndCapacity {
  const traffic = plan.traffic;
  const { region, place: regionAt, missing: regionMissing } = regionPlace(plan);
  const proxyAt = proxyPlace(plan, regionAt);
  const keyManager = plan.externalKeyManager;
  const keyManagerAt = locateSite(keyManager?.site, keyManager?.instances);

  const regionToProxy = leg(
    traffic?.roundTripMs,
    regionAt && proxyAt ? estimateRoundTrip(regionAt, proxyAt) : undefined,
    !regionAt ? regionMissing : siteProblem('proxy', plan.proxy?.site),
  );
  const proxyToKeyManager = leg(
    traffic?.proxyToKeyManagerMs,
    proxyAt && keyManagerAt ? estimateRoundTrip(proxyAt, keyManagerAt) : undefined,
    !proxyAt
      ? siteProblem('proxy', plan.proxy?.site)
      : siteProblem('key manager', keyManager?.site),
  );

  const networkMs = (regionToProxy.usedMs ?? 0) + (proxyToKeyManager.usedMs ?? 0);
  // A sum with a leg missing can only tell that it is already too long, never that it fits.
  const networkKnown = regionToProxy.usedMs !== undefined && proxyToKeyManager.usedMs !== undefined;
  const proxyProcessingMs = traffic?.proxyProcessingMs;
  const keyManagerOperationMs = traffic?.keyManagerOperationMs;
  const callMs = networkMs + (proxyProcessingMs ?? 0) + (keyManagerOperationMs ?? 0);
  const budget: LatencyBudget = {
    networkMs,
    proxyProcessingMs,
    keyManagerOperationMs,
    callMs,
    complete:
      regionToProxy.usedMs !== undefined &&
      proxyToKeyManager.usedMs !== undefined &&
      proxyProcessingMs !== undefined &&
      keyManagerOperationMs !== undefined,
    targetMs: roundTripTargetMs,
    withinTarget: networkMs > roundTripTargetMs ? false : networkKnown ? true : undefined,
    timeoutMs: proxyTimeoutMs,
    withinTimeout: callMs >= proxyTimeoutMs ? false : networkKnown ? true : undefined,
    retry: { attempts: proxyCallAttempts, worstCaseMs: proxyCallAttempts * proxyTimeoutMs },
  };

  const closestTo = proxyAt ? 'proxy' : keyManagerAt ? 'key manager' : undefined;
  const closestPlace = proxyAt ?? keyManagerAt;
  const ranked = closestPlace ? closestXksRegions(closestPlace, region) : [];

  const peakRps = traffic?.peakRequestsPerSecond;
  const capacity: CapacityAssessment = {
    peakRps,
    quotaRps: storeQuotaRps,
    withinQuota: peakRps === undefined ? undefined : peakRps <= storeQuotaRps,
    proxy: fleetLoad('proxy', proxyInstanceCount(plan), plan.proxy?.maxRequestsPerSecond, peakRps),
    keyManager: fleetLoad(
      'key manager',
      keyManager?.instances?.length ?? 0,
      keyManager?.maxRequestsPerSecond,
      peakRps,
    ),
  };

  return {
    region,
    regionToProxy,
    proxyToKeyManager,
    budget,
    closestRegions: ranked.slice(0, closestRegionCount),
    closestRegionsTo: closestTo,
    closestRegionsPlace: closestPlace,
    planRegionDistance: ranked.find((entry) => entry.region.code === region?.code),
    capacity,
  };
}

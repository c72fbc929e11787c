/**
 * Each fact of a plan is asked once: every other place that holds it is derived here, and so is
 * every value AWS accepts only one way. The wizard shows a derived place read-only, with the reason
 * and its source, and writes the value into the plan where the source changes, so that a stored
 * plan stays a complete CreateCustomKeyStore request and the rules and exports read it unchanged.
 * An imported plan that disagrees keeps its value, and the rule that judges the place says so.
 */
import { recommendedAlarms } from '../rules/support/alarms-catalogue';
import { kmsServicePrincipal } from '../rules/support/plan-readings';
import { apiReference, guide, privateLink } from '../rules/support/sources';
import { listenerProtocolsFor } from '../rules/support/vpc-tls-termination';
import { valueAt } from '../engine/json-pointer';
import type { Plan } from './plan-schema';

export interface Derivation {
  /** The place the derivation fills, as a JSON Pointer. */
  readonly target: string;
  /** The places it is derived from; empty for a value AWS fixes. */
  readonly from: readonly string[];
  /** Why the value is not asked, as a sentence for the person planning. */
  readonly why: string;
  /** The AWS page that fixes the value, for values AWS accepts only one way. */
  readonly source?: string;
  /** A value AWS accepts only one way: filled wherever it is not stated yet. */
  readonly fixed?: boolean;
  /** Whether the derivation holds for this plan (e.g. VPC connectivity only). */
  applies(plan: Plan): boolean;
  /** The derived value; undefined while a source is not stated. */
  value(plan: Plan): unknown;
}

const connectivity = '/keyStore/XksProxyConnectivity';
const isVpc = (plan: Plan) => plan.keyStore?.XksProxyConnectivity === 'VPC_ENDPOINT_SERVICE';
const always = () => true;

/** A value AWS accepts only one way for a VPC endpoint service store. */
const fixedForVpc = (target: string, value: unknown, why: string, source: string): Derivation => ({
  target,
  from: [connectivity],
  why,
  source,
  fixed: true,
  applies: isVpc,
  value: () => value,
});

const vpcConnectivityGuide = guide('vpc-connectivity.html');

export const derivations: readonly Derivation[] = [
  {
    target: '/keyStore/CustomKeyStoreType',
    from: [],
    why: 'An external key store is always of type EXTERNAL_KEY_STORE.',
    source: apiReference('API_CreateCustomKeyStore.html'),
    fixed: true,
    applies: always,
    value: () => 'EXTERNAL_KEY_STORE',
  },
  {
    target: '/keyStore/XksProxyUriEndpoint',
    from: ['/endpointService/privateDnsName'],
    why: 'KMS reaches a VPC endpoint service only under its private DNS name.',
    source: guide('create-xks-keystore.html'),
    applies: isVpc,
    value: (plan) => {
      const name = plan.endpointService?.privateDnsName;
      return name === undefined ? undefined : `https://${name}`;
    },
  },
  {
    target: '/proxy/uriPath',
    from: ['/keyStore/XksProxyUriPath'],
    why: 'The proxy serves the path the key store sends requests to.',
    applies: always,
    value: (plan) => plan.keyStore?.XksProxyUriPath,
  },
  {
    target: '/loadBalancer/targetGroup/vpcId',
    from: ['/vpc/vpcId'],
    why: 'The target group is in the VPC of the load balancer.',
    applies: isVpc,
    value: (plan) => plan.vpc?.vpcId,
  },
  {
    target: '/loadBalancer/subnetIds',
    from: ['/vpc/subnets'],
    why: 'The load balancer uses the private subnets of the VPC listed above.',
    applies: isVpc,
    value: (plan) => {
      const ids = (plan.vpc?.subnets ?? [])
        .filter((subnet) => subnet.public !== true)
        .flatMap((subnet) => subnet.subnetId ?? []);
      return ids.length === 0 ? undefined : ids;
    },
  },
  {
    target: '/loadBalancer/targetGroup/targets',
    from: ['/proxy/instances', '/proxy/location'],
    why: 'The load balancer forwards to the proxy instances, on port 443.',
    applies: isVpc,
    value: (plan) => {
      const inVpc = plan.proxy?.location === 'this-vpc';
      const targets = (plan.proxy?.instances ?? []).flatMap((instance) =>
        instance.ipAddress === undefined
          ? []
          : [
              {
                ipAddress: instance.ipAddress,
                port: 443,
                // An address outside the VPC is registered for every zone.
                availabilityZone: inVpc ? instance.availabilityZone : 'all',
              },
            ],
      );
      return targets.length === 0 ? undefined : targets;
    },
  },
  {
    target: '/loadBalancer/listener/protocol',
    from: ['/tls/terminatesAt'],
    why: 'A TCP listener passes TLS through to the proxy; a TLS listener ends it at the load balancer.',
    source: vpcConnectivityGuide,
    applies: isVpc,
    value: (plan) => {
      const terminatesAt = plan.tls?.terminatesAt;
      return terminatesAt === undefined ? undefined : listenerProtocolsFor(terminatesAt)[0];
    },
  },
  {
    target: '/loadBalancer/targetGroup/protocol',
    from: ['/tls/terminatesAt'],
    why: 'TLS passed through to the proxy reaches it over a TCP target group.',
    source: vpcConnectivityGuide,
    // Behind a TLS listener the load balancer may re-encrypt or not: a choice, asked.
    applies: (plan) => isVpc(plan) && plan.tls?.terminatesAt === 'proxy',
    value: () => 'TCP',
  },
  {
    target: '/endpointService/allowedPrincipals',
    from: ['/region', '/accountId', '/keyStore/XksProxyVpcEndpointServiceOwner'],
    why: 'KMS connects as its service principal in the Region; a service of another account must also allow the key store account.',
    source: vpcConnectivityGuide,
    applies: isVpc,
    value: (plan) => {
      if (plan.region === undefined) return undefined;
      const owner = plan.keyStore?.XksProxyVpcEndpointServiceOwner;
      const crossAccount =
        owner !== undefined && plan.accountId !== undefined && owner !== plan.accountId;
      return [
        kmsServicePrincipal(plan.region),
        ...(crossAccount ? [`arn:aws:iam::${plan.accountId}:root`] : []),
      ];
    },
  },
  fixedForVpc(
    '/loadBalancer/type',
    'network',
    'A VPC endpoint service for KMS fronts a Network Load Balancer.',
    vpcConnectivityGuide,
  ),
  fixedForVpc(
    '/loadBalancer/scheme',
    'internal',
    'KMS reaches the proxy privately, so the load balancer is internal.',
    vpcConnectivityGuide,
  ),
  fixedForVpc(
    '/loadBalancer/ipAddressType',
    'ipv4',
    'KMS connects to the endpoint service over IPv4.',
    vpcConnectivityGuide,
  ),
  fixedForVpc(
    '/loadBalancer/listener/port',
    443,
    'KMS always connects on port 443.',
    vpcConnectivityGuide,
  ),
  fixedForVpc(
    '/loadBalancer/targetGroup/targetType',
    'ip',
    'The proxy instances are registered by IP address.',
    vpcConnectivityGuide,
  ),
  fixedForVpc(
    '/loadBalancer/targetGroup/port',
    443,
    'The proxy serves the XKS API on port 443.',
    vpcConnectivityGuide,
  ),
  fixedForVpc(
    '/loadBalancer/targetGroup/ipAddressType',
    'ipv4',
    'The proxy instances are reached over IPv4.',
    vpcConnectivityGuide,
  ),
  fixedForVpc(
    '/endpointService/serviceType',
    'Interface',
    'KMS connects through an interface VPC endpoint.',
    vpcConnectivityGuide,
  ),
  fixedForVpc(
    '/endpointService/acceptanceRequired',
    false,
    'KMS cannot use an endpoint service whose connections must be accepted by hand.',
    vpcConnectivityGuide,
  ),
  fixedForVpc(
    '/endpointService/supportedIpAddressTypes',
    ['ipv4'],
    'KMS connects to the endpoint service over IPv4.',
    privateLink('create-endpoint-service.html'),
  ),
];

const byTarget = new Map(derivations.map((derivation) => [derivation.target, derivation]));

/** The derivation of a place, if the place is derived. */
export function derivationOf(target: string): Derivation | undefined {
  return byTarget.get(target);
}

/** Whether a change at `changed` (a JSON Pointer) may change what a derivation gives. */
function isSourceChange(derivation: Derivation, changed: string): boolean {
  return derivation.from.some(
    (source) =>
      source === changed || changed.startsWith(`${source}/`) || source.startsWith(`${changed}/`),
  );
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Every place a derivation reads: its own and the others' sources. `applies` and `value` read
 * nothing else (e.g. the connectivity, a source of the values AWS fixes); derivations.test.ts
 * checks it on every example.
 */
export const derivationSources: readonly string[] = [
  ...new Set(derivations.flatMap((derivation) => derivation.from)),
];

/**
 * A copy of what the derivations read in `plan`, and nothing else: what `derivedWrites` needs of
 * the plan before an edit, at a fraction of the cost of copying a large plan on every keystroke.
 */
export function derivationInputs(plan: Plan): Plan {
  const inputs: Record<string, unknown> = {};
  for (const source of derivationSources) {
    const value = valueAt(plan, source);
    if (value === undefined) continue;
    const segments = source.slice(1).split('/');
    let parent = inputs;
    for (const segment of segments.slice(0, -1)) {
      parent[segment] ??= {};
      parent = parent[segment] as Record<string, unknown>;
    }
    // Most sources are text: only a list (subnets, instances) needs copying, and a plan's
    // values are JSON.
    parent[segments.at(-1)!] =
      typeof value === 'object' ? (JSON.parse(JSON.stringify(value)) as unknown) : value;
  }
  return inputs as Plan;
}

/**
 * The places to write after the place `changed` changed from the plan `before` (the whole plan, or
 * its `derivationInputs`): each derivation
 * it is a source of, that applies and is known, and whose stored value still follows it (is not
 * stated, or held what `before` derived). A place that disagreed (an imported value, a choice
 * such as a proxy path of its own or load-balancer subnets picked by hand) is left alone, and the
 * rule that judges it says whether it matters. Values AWS fixes are also written when the place
 * is not stated yet.
 */
export function derivedWrites(
  plan: Plan,
  changed: string,
  before: Plan,
): readonly { readonly target: string; readonly value: unknown }[] {
  return derivations.flatMap((derivation) => {
    const stored = valueAt(plan, derivation.target);
    // Whether it still follows is asked only of a derivation the change concerns: this runs on
    // every keystroke.
    const due =
      (derivation.fixed === true && stored === undefined) ||
      (isSourceChange(derivation, changed) &&
        (stored === undefined ||
          (derivation.applies(before) && same(stored, derivation.value(before)))));
    if (!due || !derivation.applies(plan)) return [];
    const value = derivation.value(plan);
    return value === undefined || same(value, stored) ? [] : [{ target: derivation.target, value }];
  });
}

/** AWS's recommended threshold for an alarm, filled in when the alarm is turned on. */
export function recommendedThreshold(alarmField: string): number | undefined {
  return recommendedAlarms.find((alarm) => alarm.field === alarmField)?.threshold;
}

/** Readings of the Availability Zones a VPC plan names, shared by the zone rules. */
import type { PathSegment } from '../../engine/json-pointer';
import { oncePerPlan } from '../../plan/once-per-plan';
import type { Plan } from '../../plan/plan-schema';

/** One place of the plan that names an Availability Zone, and what the messages call it. */
export interface StatedZone {
  readonly zone: string;
  readonly path: readonly PathSegment[];
  readonly label: string;
}

/**
 * Every Availability Zone the VPC side of the plan names: the subnets', the load balancer
 * targets' (except "all", which registers an address outside the VPC) and, for a proxy in this
 * VPC, its instances'. A proxy elsewhere may run in another Region, so its zones are not read.
 */
function zonesStated(plan: Plan): readonly StatedZone[] {
  const subnets = (plan.vpc?.subnets ?? []).flatMap((subnet, index) =>
    subnet.availabilityZone === undefined
      ? []
      : [
          {
            zone: subnet.availabilityZone.trim(),
            path: ['vpc', 'subnets', index, 'availabilityZone'],
            label: `subnet ${subnet.subnetId ?? index + 1}`,
          },
        ],
  );
  const targets = (plan.loadBalancer?.targetGroup?.targets ?? []).flatMap((target, index) =>
    target.availabilityZone === undefined || target.availabilityZone.trim() === 'all'
      ? []
      : [
          {
            zone: target.availabilityZone.trim(),
            path: ['loadBalancer', 'targetGroup', 'targets', index, 'availabilityZone'],
            label: `target ${target.ipAddress ?? index + 1}`,
          },
        ],
  );
  const instances =
    plan.proxy?.location === 'this-vpc'
      ? (plan.proxy.instances ?? []).flatMap((instance, index) =>
          instance.availabilityZone === undefined
            ? []
            : [
                {
                  zone: instance.availabilityZone.trim(),
                  path: ['proxy', 'instances', index, 'availabilityZone'],
                  label: `proxy instance ${instance.id ?? index + 1}`,
                },
              ],
        )
      : [];
  return [...subnets, ...targets, ...instances];
}

/** The zone rules read the same list in one check: it is made once per plan. */
export const statedAvailabilityZones = oncePerPlan(zonesStated);

/**
 * The Region of an Availability Zone name: the Region code followed by one letter, e.g.
 * eu-west-1a, us-gov-west-1b. Anything else (a zone ID, a Local Zone) gives undefined; a Network
 * Load Balancer takes subnets from Availability Zones only.
 */
export function regionOfAvailabilityZone(zone: string): string | undefined {
  return /^([a-z]{2,4}(?:-[a-z]+)+-\d+)[a-z]$/.exec(zone)?.[1];
}

/** Whether the value is an Availability Zone ID (use1-az1), which names a zone across accounts. */
export function isAvailabilityZoneId(zone: string): boolean {
  return /^[a-z]{2,6}\d+-az\d+$/.test(zone);
}

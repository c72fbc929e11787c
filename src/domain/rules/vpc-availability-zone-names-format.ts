import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import {
  isAvailabilityZoneId,
  regionOfAvailabilityZone,
  statedAvailabilityZones,
} from './support/availability-zones';
import { guide, regionsAndZones } from './support/sources';

/** Network Load Balancers take one subnet per Availability Zone. */
const loadBalancerZones =
  'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/availability-zones.html';
/** RegisterTargets: an IP target's AvailabilityZone is a zone of the VPC, or "all". */
const targetDescription =
  'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetDescription.html';

export default defineRule<Plan, 'zone-id' | 'malformed'>({
  id: 'vpc-availability-zone-names-format',
  target: 'plan',
  severity: 'error',
  title: 'Availability Zones are named as AWS names them',
  description:
    'An Availability Zone name is the Region code followed by one letter (eu-west-1a). The zone rules, the two-zone requirement and RegisterTargets read these names; a zone ID, a Local Zone or a typing mistake cannot be matched to the Region or to the other zones, and a Network Load Balancer takes subnets only from Availability Zones.',
  messages: {
    'zone-id': {
      message:
        'The {{label}} gives {{zone}}, an Availability Zone ID; the plan names zones by their names, as the subnets and RegisterTargets show them.',
      fix: 'Use the zone name the ID maps to in this account (aws ec2 describe-availability-zones lists both, e.g. ZoneName eu-west-1a for ZoneId euw1-az1).',
    },
    malformed: {
      message:
        'The {{label}} gives "{{zone}}", which is not an Availability Zone name (a Region code followed by one letter, e.g. eu-west-1a).',
      fix: 'Use the name of an Availability Zone of the key store Region, as aws ec2 describe-availability-zones lists it (a Local Zone cannot hold a Network Load Balancer).',
    },
  },
  reads: [
    '/vpc/subnets/*/availabilityZone',
    '/loadBalancer/targetGroup/targets/*/availabilityZone',
    '/proxy/location',
    '/proxy/instances/*/availabilityZone',
    // The subnet ID, target address and instance ID name the place in messages.
    '/vpc/subnets/*/subnetId',
    '/loadBalancer/targetGroup/targets/*/ipAddress',
    '/proxy/instances/*/id',
  ],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [guide('vpc-connectivity.html'), regionsAndZones, loadBalancerZones, targetDescription],
  facts: ['VPC-SUBNETS-2AZ', 'VPC-TARGET-GROUP'],
  check(plan, { report }) {
    for (const { zone, path, label } of statedAvailabilityZones(plan)) {
      if (regionOfAvailabilityZone(zone) !== undefined) continue;
      report({
        messageId: isAvailabilityZoneId(zone) ? 'zone-id' : 'malformed',
        path,
        data: { label, zone },
      });
    }
  },
});

import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { regionOfAvailabilityZone, statedAvailabilityZones } from './support/availability-zones';
import { guide, regionsAndZones } from './support/sources';

export default defineRule<Plan, 'other-region'>({
  id: 'vpc-availability-zones-in-region',
  target: 'plan',
  severity: 'error',
  title: 'Every Availability Zone of the VPC is in the key store Region',
  description:
    'The endpoint service, its VPC, the load balancer and its subnets must be in the Region of the external key store, and a VPC never spans Regions. A subnet, target or proxy instance planned in a zone of another Region cannot belong to that VPC.',
  messages: {
    'other-region': {
      message:
        'The {{label}} is planned in {{zone}}, a zone of {{zoneRegion}}, but the key store and its VPC are in {{region}}.',
      fix: 'Use an Availability Zone of {{region}} (e.g. {{region}}a), or plan the key store and the whole VPC in {{zoneRegion}}.',
    },
  },
  reads: [
    '/region',
    '/vpc/subnets/*/availabilityZone',
    '/loadBalancer/targetGroup/targets/*/availabilityZone',
    '/proxy/location',
    '/proxy/instances/*/availabilityZone',
    // The subnet ID, target address and instance ID name the place in messages.
    '/vpc/subnets/*/subnetId',
    '/loadBalancer/targetGroup/targets/*/ipAddress',
    '/proxy/instances/*/id',
  ],
  requires: ['/region'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [guide('create-xks-keystore.html'), guide('vpc-connectivity.html'), regionsAndZones],
  facts: ['VPC-SAME-REGION', 'VPC-SUBNETS-2AZ'],
  check(plan, { report }) {
    const region = plan.region!.trim();
    for (const { zone, path, label } of statedAvailabilityZones(plan)) {
      const zoneRegion = regionOfAvailabilityZone(zone);
      // A name that is not a zone name is the format rule's finding, not this one's.
      if (zoneRegion !== undefined && zoneRegion !== region) {
        report({
          messageId: 'other-region',
          path,
          relatedPaths: [['region']],
          data: { label, zone, zoneRegion, region },
        });
      }
    }
  },
});

import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference, guide } from './support/sources';

const path = ['loadBalancer', 'subnetIds'];

export default defineRule<Plan, 'too-few' | 'unknown-subnet' | 'one-zone'>({
  id: 'vpc-load-balancer-two-azs',
  target: 'plan',
  severity: 'error',
  title: 'The load balancer is attached to subnets in at least two Availability Zones',
  description:
    'KMS accepts an endpoint service only when its network load balancer is attached to at least two subnets in different Availability Zones of the VPC; otherwise creating the store fails with XksProxyVpcEndpointServiceInvalidConfigurationException and connecting fails with XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION.',
  messages: {
    'too-few': {
      message:
        'loadBalancer.subnetIds lists {{count}} subnet(s); KMS needs the load balancer in at least two subnets in different Availability Zones.',
      fix: 'Attach the load balancer to a private subnet in each of at least two Availability Zones.',
    },
    'unknown-subnet': {
      message:
        'The load balancer subnet {{subnet}} is not one of the VPC subnets in vpc.subnets, so its Availability Zone is unknown.',
      fix: 'Use subnets of the endpoint service VPC, and list each of them (with its Availability Zone) in vpc.subnets.',
    },
    'one-zone': {
      message:
        'All load balancer subnets are in {{zone}}; KMS needs the load balancer in at least two different Availability Zones.',
      fix: 'Attach the load balancer to a subnet in another Availability Zone as well.',
    },
  },
  reads: ['/loadBalancer/subnetIds', '/vpc/subnets/*/subnetId', '/vpc/subnets/*/availabilityZone'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [
    guide('vpc-connectivity.html'),
    guide('xks-troubleshooting.html#fix-xks-vpc-configuration'),
    apiReference('API_CustomKeyStoresListEntry.html'),
  ],
  facts: [
    'VPC-SUBNETS-2AZ',
    'VPC-NLB',
    'API-EXC-VPCE-INVALID',
    'CEC-XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION',
  ],
  check(plan, { report }) {
    const subnetIds = plan.loadBalancer?.subnetIds;
    if (subnetIds === undefined) return;
    const distinctIds = new Set(subnetIds.map((id) => id.trim()));
    if (distinctIds.size < 2) {
      report({ messageId: 'too-few', path, data: { count: distinctIds.size } });
      return;
    }
    const vpcSubnets = plan.vpc?.subnets?.filter((subnet) => subnet.subnetId !== undefined);
    // Without the VPC's subnets there is nothing to compare the attachment with.
    if (!vpcSubnets?.length) return;
    const zoneOf = new Map(
      vpcSubnets.map((subnet) => [subnet.subnetId!.trim(), subnet.availabilityZone]),
    );
    const zones = new Set<string>();
    let everyZoneKnown = true;
    subnetIds.forEach((id, index) => {
      const subnetId = id.trim();
      if (!zoneOf.has(subnetId)) {
        report({ messageId: 'unknown-subnet', path: [...path, index], data: { subnet: subnetId } });
      }
      const zone = zoneOf.get(subnetId);
      if (zone === undefined) everyZoneKnown = false;
      else zones.add(zone);
    });
    if (everyZoneKnown && zones.size === 1) {
      report({ messageId: 'one-zone', path, data: { zone: [...zones][0]! } });
    }
  },
});

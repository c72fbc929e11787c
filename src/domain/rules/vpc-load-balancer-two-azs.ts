import { counted } from '../check/verdict';
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
        '{{/loadBalancer/subnetIds}} lists {{count}}; KMS needs the load balancer in at least two subnets in different Availability Zones.',
      fix: 'Attach the load balancer to a private subnet in each of at least two Availability Zones.',
    },
    'unknown-subnet': {
      message:
        'The load balancer subnet {{subnet}} is not one of the VPC subnets in {{/vpc/subnets}}, so its Availability Zone is unknown.',
      fix: 'Use subnets of the endpoint service VPC, and list each of them (with its Availability Zone) in {{/vpc/subnets}}.',
    },
    'one-zone': {
      message:
        'All load balancer subnets are in {{zone}}; KMS needs the load balancer in at least two different Availability Zones.',
      fix: 'Attach the load balancer to a subnet in another Availability Zone as well.',
    },
  },
  reads: [
    '/loadBalancer/subnetIds',
    '/vpc/subnets',
    '/vpc/subnets/*/subnetId',
    '/vpc/subnets/*/availabilityZone',
  ],
  requires: ['/loadBalancer/subnetIds'],
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
  check(plan, { report, unknown }) {
    // Empty rows are reported by vpc-no-empty-list-rows.
    const subnetIds = plan.loadBalancer!.subnetIds!.filter((id) => id.trim() !== '');
    const distinctIds = new Set(subnetIds.map((id) => id.trim()));
    if (distinctIds.size < 2) {
      report({ messageId: 'too-few', path, data: { count: counted(distinctIds.size, 'subnet') } });
      return;
    }
    const vpcSubnets = plan.vpc?.subnets;
    // The zones of the attached subnets come from the VPC's subnet list.
    if (vpcSubnets === undefined) {
      unknown([['vpc', 'subnets']]);
      return;
    }
    const indexOf = new Map<string, number>();
    vpcSubnets.forEach((subnet, index) => {
      const id = subnet.subnetId?.trim();
      if (id) indexOf.set(id, index);
    });
    const zones = new Set<string>();
    const zonesNotStated: (string | number)[][] = [];
    let unlisted = false;
    plan.loadBalancer!.subnetIds!.forEach((id, index) => {
      const subnetId = id.trim();
      if (subnetId === '') return;
      const vpcIndex = indexOf.get(subnetId);
      if (vpcIndex === undefined) {
        unlisted = true;
        report({
          messageId: 'unknown-subnet',
          path: [...path, index],
          relatedPaths: [['vpc', 'subnets']],
          data: { subnet: subnetId },
        });
        return;
      }
      const zone = vpcSubnets[vpcIndex]!.availabilityZone;
      if (zone === undefined) zonesNotStated.push(['vpc', 'subnets', vpcIndex, 'availabilityZone']);
      else zones.add(zone);
    });
    if (zones.size >= 2) return;
    if (zonesNotStated.length > 0) unknown(zonesNotStated);
    else if (zones.size === 1 && !unlisted) {
      report({
        messageId: 'one-zone',
        path,
        relatedPaths: [['vpc', 'subnets']],
        data: { zone: [...zones][0]! },
      });
    }
  },
});

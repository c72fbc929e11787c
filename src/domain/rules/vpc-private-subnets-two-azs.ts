import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference, guide } from './support/sources';

const path = ['vpc', 'subnets'];

export default defineRule<Plan, 'too-few' | 'one-zone' | 'zone-not-stated'>({
  id: 'vpc-private-subnets-two-azs',
  target: 'plan',
  severity: 'error',
  title: 'The VPC has private subnets in at least two Availability Zones',
  description:
    'KMS requires the VPC of the endpoint service to have at least two private subnets in two different Availability Zones, so the load balancer can span them; an endpoint service in one zone fails with XksProxyVpcEndpointServiceInvalidConfigurationException or XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION.',
  messages: {
    'too-few': {
      message:
        'vpc.subnets lists {{count}} private subnet(s); KMS needs at least two private subnets in different Availability Zones.',
      fix: 'Create private subnets (no route to an internet gateway) in at least two Availability Zones of the Region and list them in vpc.subnets.',
    },
    'one-zone': {
      message:
        'All private subnets in vpc.subnets are in {{zone}}; KMS needs private subnets in at least two different Availability Zones.',
      fix: 'Add a private subnet in another Availability Zone of the Region.',
    },
    'zone-not-stated': {
      message:
        'The Availability Zone of subnet {{subnet}} is not stated, so the plan cannot show that the private subnets span two zones.',
      fix: 'Set availabilityZone for every subnet, e.g. eu-west-1a.',
    },
  },
  reads: ['/vpc/subnets', '/vpc/subnets/*/availabilityZone', '/vpc/subnets/*/public'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [
    guide('vpc-connectivity.html'),
    guide('xks-troubleshooting.html'),
    apiReference('API_CustomKeyStoresListEntry.html'),
  ],
  facts: [
    'VPC-SUBNETS-2AZ',
    'API-EXC-VPCE-INVALID',
    'CEC-XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION',
  ],
  check(plan, { report }) {
    const subnets = plan.vpc?.subnets;
    if (subnets === undefined) return;
    // A subnet not marked public is taken as private.
    const privateSubnets = subnets
      .map((subnet, index) => ({ subnet, index }))
      .filter(({ subnet }) => subnet.public !== true);
    if (privateSubnets.length < 2) {
      report({ messageId: 'too-few', path, data: { count: privateSubnets.length } });
      return;
    }
    const zones = new Set(privateSubnets.flatMap(({ subnet }) => subnet.availabilityZone ?? []));
    if (zones.size >= 2) return;
    const withoutZone = privateSubnets.find(({ subnet }) => subnet.availabilityZone === undefined);
    if (withoutZone) {
      report({
        messageId: 'zone-not-stated',
        path: [...path, withoutZone.index, 'availabilityZone'],
        data: { subnet: withoutZone.subnet.subnetId ?? `#${withoutZone.index + 1}` },
      });
    } else {
      report({ messageId: 'one-zone', path, data: { zone: [...zones][0]! } });
    }
  },
});

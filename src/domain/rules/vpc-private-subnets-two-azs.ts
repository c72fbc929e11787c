import { counted } from '../check/verdict';
import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference, guide } from './support/sources';

const path = ['vpc', 'subnets'];

export default defineRule<Plan, 'too-few' | 'one-zone'>({
  id: 'vpc-private-subnets-two-azs',
  target: 'plan',
  severity: 'error',
  title: 'The VPC has private subnets in at least two Availability Zones',
  description:
    'KMS requires the VPC of the endpoint service to have at least two private subnets in two different Availability Zones, so the load balancer can span them; an endpoint service in one zone fails with XksProxyVpcEndpointServiceInvalidConfigurationException or XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION.',
  messages: {
    'too-few': {
      message:
        '{{/vpc/subnets}} lists {{count}} not stated public; KMS needs at least two private subnets in different Availability Zones.',
      fix: 'Create private subnets (no route to an internet gateway) in at least two Availability Zones of the Region and list them in {{/vpc/subnets}}.',
    },
    'one-zone': {
      message:
        'All private subnets in {{/vpc/subnets}} are in {{zone}}; KMS needs private subnets in at least two different Availability Zones.',
      fix: 'Add a private subnet in another Availability Zone of the Region.',
    },
  },
  reads: ['/vpc/subnets', '/vpc/subnets/*/availabilityZone', '/vpc/subnets/*/public'],
  requires: ['/vpc/subnets'],
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
  check(plan, { report, unknown }) {
    // Subnets not stated public may be private; only a stated `public: false` shows it.
    const candidates = plan
      .vpc!.subnets!.map((subnet, index) => ({ subnet, index }))
      .filter(({ subnet }) => subnet.public !== true);
    if (candidates.length < 2) {
      report({ messageId: 'too-few', path, data: { count: counted(candidates.length, 'subnet') } });
      return;
    }
    const zonesOf = (list: typeof candidates) =>
      new Set(list.flatMap(({ subnet }) => subnet.availabilityZone ?? []));
    const known = candidates.filter(
      ({ subnet }) => subnet.public === false && subnet.availabilityZone !== undefined,
    );
    if (zonesOf(known).size >= 2) return;
    const possibleZones = zonesOf(candidates);
    if (possibleZones.size < 2 && candidates.every(({ subnet }) => subnet.availabilityZone)) {
      report({ messageId: 'one-zone', path, data: { zone: [...possibleZones][0]! } });
      return;
    }
    unknown(
      candidates.flatMap(({ subnet, index }) => [
        ...(subnet.public === undefined ? [[...path, index, 'public']] : []),
        ...(subnet.availabilityZone === undefined ? [[...path, index, 'availabilityZone']] : []),
      ]),
    );
  },
});

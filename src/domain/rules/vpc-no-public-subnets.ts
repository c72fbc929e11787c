import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide } from './support/sources';

export default defineRule<Plan, 'public-subnet'>({
  id: 'vpc-no-public-subnets',
  target: 'plan',
  severity: 'warning',
  title: 'The load balancer subnets are private',
  description:
    'The VPC for an external key store needs no public subnets, NAT gateways or VPC endpoints: KMS reaches the internal load balancer through the endpoint service. A subnet routed to an internet gateway only adds exposure.',
  messages: {
    'public-subnet': {
      message:
        'Subnet {{subnet}} is public (it routes to an internet gateway); the external key store needs only private subnets, and a public one exposes the proxy path more than necessary.',
      fix: 'Use a private subnet in the same Availability Zone instead, or remove the route to the internet gateway.',
    },
  },
  reads: ['/vpc/subnets/*/public', '/vpc/subnets/*/subnetId'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [guide('vpc-connectivity.html')],
  facts: ['VPC-NO-EXTRA-PARTS'],
  check(plan, { report }) {
    plan.vpc?.subnets?.forEach((subnet, index) => {
      if (subnet.public === true) {
        report({
          messageId: 'public-subnet',
          path: ['vpc', 'subnets', index, 'public'],
          data: { subnet: subnet.subnetId ?? `#${index + 1}` },
        });
      }
    });
  },
});

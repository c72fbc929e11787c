import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference, guide } from './support/sources';

export default defineRule<Plan, 'not-interface'>({
  id: 'vpc-endpoint-service-interface',
  target: 'plan',
  severity: 'error',
  title: 'The endpoint service is for interface endpoints',
  description:
    'KMS connects through an interface VPC endpoint, so the endpoint service must be of type Interface, backed by a Network Load Balancer. A Gateway Load Balancer endpoint service is refused.',
  messages: {
    'not-interface': {
      message:
        '{{/endpointService/serviceType}} is {{value}}; KMS needs an endpoint service for interface endpoints and rejects the service otherwise.',
      fix: 'Create the endpoint service with the load balancer type "Network" (an Interface endpoint service).',
    },
  },
  reads: ['/endpointService/serviceType'],
  requires: ['/endpointService/serviceType'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [guide('vpc-connectivity.html'), apiReference('API_CustomKeyStoresListEntry.html')],
  facts: [
    'VPC-ES-TYPE',
    'API-EXC-VPCE-INVALID',
    'CEC-XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION',
  ],
  check(plan, { report }) {
    const serviceType = plan.endpointService!.serviceType!;
    if (serviceType !== 'Interface') {
      report({
        messageId: 'not-interface',
        path: ['endpointService', 'serviceType'],
        data: { value: serviceType },
      });
    }
  },
});

import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference, guide } from './support/sources';

export default defineRule<Plan, 'acceptance-required'>({
  id: 'vpc-endpoint-service-no-acceptance',
  target: 'plan',
  severity: 'error',
  title: 'The endpoint service accepts endpoint connections without manual approval',
  description:
    'KMS creates its interface endpoint to the service each time the store connects and cannot wait for someone to accept it. With "Acceptance required" set, creating the store fails (XksProxyInvalidConfigurationException) and connecting fails with XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION.',
  messages: {
    'acceptance-required': {
      message:
        '{{/endpointService/acceptanceRequired}} is on; KMS cannot use an endpoint service that requires endpoint connections to be accepted by hand.',
      fix: 'Clear "Acceptance required" on the endpoint service (aws ec2 modify-vpc-endpoint-service-configuration --no-acceptance-required).',
    },
  },
  reads: ['/endpointService/acceptanceRequired'],
  requires: ['/endpointService/acceptanceRequired'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [guide('vpc-connectivity.html'), apiReference('API_CustomKeyStoresListEntry.html')],
  facts: [
    'VPC-ES-NO-ACCEPTANCE',
    'API-EXC-VPCE-INVALID',
    'CEC-XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION',
  ],
  check(plan, { report }) {
    if (plan.endpointService?.acceptanceRequired === true) {
      report({ messageId: 'acceptance-required', path: ['endpointService', 'acceptanceRequired'] });
    }
  },
});

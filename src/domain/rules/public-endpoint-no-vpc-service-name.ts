import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference } from './support/sources';

export default defineRule<Plan, 'service-name'>({
  id: 'public-endpoint-no-vpc-service-name',
  target: 'plan',
  severity: 'error',
  title: 'A public endpoint store names no VPC endpoint service',
  description:
    'XksProxyVpcEndpointServiceName is valid only with VPC_ENDPOINT_SERVICE connectivity. With PUBLIC_ENDPOINT it must be left out (and cleared with an empty value when a store is switched to a public endpoint).',
  messages: {
    'service-name': {
      message:
        'XksProxyVpcEndpointServiceName is set, but XksProxyConnectivity is PUBLIC_ENDPOINT; KMS accepts an endpoint service name only with VPC endpoint service connectivity.',
      fix: 'Remove XksProxyVpcEndpointServiceName, or set XksProxyConnectivity to VPC_ENDPOINT_SERVICE if KMS should reach the proxy through that service.',
    },
  },
  reads: ['/keyStore/XksProxyVpcEndpointServiceName'],
  appliesTo: 'PUBLIC_ENDPOINT',
  sources: [
    apiReference('API_UpdateCustomKeyStore.html'),
    apiReference('API_CreateCustomKeyStore.html'),
  ],
  facts: ['PUB-NO-VPC-PARAMS'],
  check(plan, { report }) {
    if (plan.keyStore?.XksProxyVpcEndpointServiceName !== undefined) {
      report({
        messageId: 'service-name',
        path: ['keyStore', 'XksProxyVpcEndpointServiceName'],
        relatedPaths: [['keyStore', 'XksProxyConnectivity']],
      });
    }
  },
});

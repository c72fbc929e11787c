import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference } from './support/sources';

export default defineRule<Plan, 'service-owner'>({
  id: 'public-endpoint-no-vpc-service-owner',
  target: 'plan',
  severity: 'warning',
  title: 'A public endpoint store names no VPC endpoint service owner',
  description:
    'XksProxyVpcEndpointServiceOwner names the account that owns the VPC endpoint service, which only VPC_ENDPOINT_SERVICE connectivity uses. AWS does not document what it does with the value for a public endpoint, so a leftover owner is at best ignored and at worst refused.',
  messages: {
    'service-owner': {
      message:
        'XksProxyVpcEndpointServiceOwner is set, but XksProxyConnectivity is PUBLIC_ENDPOINT; the owner of a VPC endpoint service means nothing for a public endpoint.',
      fix: 'Remove XksProxyVpcEndpointServiceOwner, or set XksProxyConnectivity to VPC_ENDPOINT_SERVICE if KMS should reach the proxy through a VPC endpoint service.',
    },
  },
  reads: ['/keyStore/XksProxyVpcEndpointServiceOwner'],
  appliesTo: 'PUBLIC_ENDPOINT',
  sources: [
    apiReference('API_CreateCustomKeyStore.html'),
    apiReference('API_UpdateCustomKeyStore.html'),
  ],
  facts: ['PUB-NO-VPC-PARAMS'],
  check(plan, { report }) {
    if (plan.keyStore?.XksProxyVpcEndpointServiceOwner !== undefined) {
      report({
        messageId: 'service-owner',
        path: ['keyStore', 'XksProxyVpcEndpointServiceOwner'],
        relatedPaths: [['keyStore', 'XksProxyConnectivity']],
      });
    }
  },
});

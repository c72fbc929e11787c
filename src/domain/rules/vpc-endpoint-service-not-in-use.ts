import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { existingExternalKeyStores } from './support/key-store-existing';
import { apiReference, guide } from './support/sources';

export default defineRule<Plan, 'in-use'>({
  id: 'vpc-endpoint-service-not-in-use',
  target: 'plan',
  severity: 'error',
  title: 'The VPC endpoint service belongs to no other key store',
  description:
    'Each key store with VPC endpoint service connectivity needs its own VPC endpoint service (stores may share a VPC). KMS checks this across the Region, for every account; reuse fails CreateCustomKeyStore with XksProxyVpcEndpointServiceInUseException.',
  messages: {
    'in-use': {
      message:
        'The VPC endpoint service {{serviceName}} is already associated with the key store {{store}} in this Region, so CreateCustomKeyStore would fail with XksProxyVpcEndpointServiceInUseException.',
      fix: 'Create a separate endpoint service (with its own network load balancer and private DNS name) for this key store; the VPC itself may be shared.',
    },
  },
  reads: [
    '/keyStore/XksProxyVpcEndpointServiceName',
    '/existingKeyStores',
    '/existingKeyStores/*/CustomKeyStoreName',
    '/existingKeyStores/*/CustomKeyStoreType',
    '/existingKeyStores/*/XksProxyVpcEndpointServiceName',
    '/existingKeyStores/*/accountId',
  ],
  requires: ['/keyStore/XksProxyVpcEndpointServiceName', '/existingKeyStores'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [apiReference('API_CreateCustomKeyStore.html'), guide('vpc-connectivity.html')],
  facts: ['XKS-UNIQUE-VPCE-SERVICE', 'VPC-ONE-SERVICE-PER-STORE', 'API-EXC-VPCE-IN-USE'],
  check(plan, { report }) {
    const serviceName = plan.keyStore!.XksProxyVpcEndpointServiceName!;
    const clash = existingExternalKeyStores(plan, 'region').find(
      ({ store }) =>
        store.XksProxyVpcEndpointServiceName?.toLowerCase() === serviceName.toLowerCase(),
    );
    if (clash === undefined) return;
    report({
      messageId: 'in-use',
      path: ['keyStore', 'XksProxyVpcEndpointServiceName'],
      relatedPaths: [['existingKeyStores', clash.index]],
      data: { serviceName, store: clash.label },
    });
  },
});

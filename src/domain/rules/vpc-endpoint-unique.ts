import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { existingExternalKeyStores, sameEndpoint } from './support/key-store-existing';
import { apiReference, guide } from './support/sources';

export default defineRule<Plan, 'in-use'>({
  id: 'vpc-endpoint-unique',
  target: 'plan',
  severity: 'error',
  title: 'A VPC store’s endpoint (private DNS name) is its own',
  description:
    'Each key store with VPC endpoint service connectivity needs its own private DNS name, so its XksProxyUriEndpoint may not be used by any other external key store in the Region: not by one of the same account, and, because private DNS names and public/VPC endpoints clash across accounts, not by one of another account either. CreateCustomKeyStore fails with XksProxyUriEndpointInUseException.',
  messages: {
    'in-use': {
      message:
        'XksProxyUriEndpoint {{endpoint}} is already used by the key store {{store}} in this Region. Each VPC endpoint service store needs its own private DNS name, so CreateCustomKeyStore would fail with XksProxyUriEndpointInUseException.',
      fix: 'Give this store’s endpoint service its own private DNS name and set XksProxyUriEndpoint to https:// followed by that name.',
    },
  },
  reads: [
    '/keyStore/XksProxyUriEndpoint',
    '/existingKeyStores',
    '/existingKeyStores/*/CustomKeyStoreName',
    '/existingKeyStores/*/CustomKeyStoreType',
    '/existingKeyStores/*/XksProxyUriEndpoint',
    '/existingKeyStores/*/accountId',
  ],
  requires: ['/keyStore/XksProxyUriEndpoint', '/existingKeyStores'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [
    apiReference('API_CreateCustomKeyStore.html'),
    guide('create-xks-keystore.html'),
    guide('choose-xks-connectivity.html'),
  ],
  facts: ['XKS-UNIQUE-VPC-DNS', 'API-EXC-ENDPOINT-IN-USE'],
  check(plan, { report }) {
    const endpoint = plan.keyStore!.XksProxyUriEndpoint!;
    const clash = existingExternalKeyStores(plan, 'region').find(
      ({ store }) =>
        store.XksProxyUriEndpoint !== undefined &&
        sameEndpoint(store.XksProxyUriEndpoint, endpoint),
    );
    if (clash === undefined) return;
    report({
      messageId: 'in-use',
      path: ['keyStore', 'XksProxyUriEndpoint'],
      relatedPaths: [['existingKeyStores', clash.index]],
      data: { endpoint, store: clash.label },
    });
  },
});

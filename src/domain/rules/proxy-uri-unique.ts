import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { existingExternalKeyStores, sameEndpoint } from './support/key-store-existing';
import { apiReference, guide } from './support/sources';

export default defineRule<Plan, 'in-use'>({
  id: 'proxy-uri-unique',
  target: 'plan',
  severity: 'error',
  title: 'No other key store of the account uses the same endpoint and path',
  description:
    'XksProxyUriEndpoint and XksProxyUriPath together must be unique among the external key stores of the account in the Region; otherwise CreateCustomKeyStore fails with XksProxyUriInUseException. Public endpoint stores may share an endpoint when their paths differ. It is judged against existingKeyStores (the output of aws kms describe-custom-key-stores, or [] for none); until the plan lists them, it is not known.',
  messages: {
    'in-use': {
      message:
        '{{uri}} (XksProxyUriEndpoint + XksProxyUriPath) is already the proxy address of the key store {{store}} in this account and Region, so CreateCustomKeyStore would fail with XksProxyUriInUseException.',
      fix: 'Give this key store its own path prefix on the proxy, e.g. /<store-name>/kms/xks/v1, or another endpoint. Stores with public endpoint connectivity may share an endpoint when their paths differ.',
    },
  },
  reads: [
    '/accountId',
    '/keyStore/XksProxyConnectivity',
    '/keyStore/XksProxyUriEndpoint',
    '/keyStore/XksProxyUriPath',
    '/existingKeyStores',
    '/existingKeyStores/*/CustomKeyStoreName',
    '/existingKeyStores/*/CustomKeyStoreType',
    '/existingKeyStores/*/XksProxyUriEndpoint',
    '/existingKeyStores/*/XksProxyUriPath',
    '/existingKeyStores/*/accountId',
  ],
  // Absent means not known; [] states that the account has no custom key store in the Region.
  // A missing endpoint or path is key-store-required-parameters' error.
  requires: ['/existingKeyStores'],
  appliesTo: 'all',
  sources: [
    apiReference('API_CreateCustomKeyStore.html'),
    guide('create-xks-keystore.html#require-endpoint'),
    guide('choose-xks-connectivity.html'),
  ],
  facts: ['XKS-UNIQUE-ENDPOINT+PATH', 'API-EXC-URI-IN-USE', 'XKS-UNIQUE-PUBLIC-SHARED'],
  check(plan, { report }) {
    const keyStore = plan.keyStore;
    const endpoint = keyStore?.XksProxyUriEndpoint;
    const uriPath = keyStore?.XksProxyUriPath;
    // A VPC store's endpoint alone must be unique, which vpc-endpoint-unique reports.
    if (keyStore?.XksProxyConnectivity === 'VPC_ENDPOINT_SERVICE') return;
    if (endpoint === undefined || uriPath === undefined) return;
    const clash = existingExternalKeyStores(plan, 'account').find(
      ({ store }) =>
        store.XksProxyUriEndpoint !== undefined &&
        sameEndpoint(store.XksProxyUriEndpoint, endpoint) &&
        store.XksProxyUriPath === uriPath,
    );
    if (clash === undefined) return;
    report({
      messageId: 'in-use',
      path: ['keyStore', 'XksProxyUriPath'],
      relatedPaths: [['keyStore', 'XksProxyUriEndpoint']],
      data: { uri: endpoint + uriPath, store: clash.label },
    });
  },
});

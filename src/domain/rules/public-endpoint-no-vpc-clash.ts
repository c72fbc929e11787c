import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { existingExternalKeyStores, sameEndpoint } from './support/key-store-existing';
import { apiReference, guide } from './support/sources';

export default defineRule<Plan, 'used-by-vpc-store'>({
  id: 'public-endpoint-no-vpc-clash',
  target: 'plan',
  severity: 'error',
  title: 'A public endpoint is not the endpoint of a VPC endpoint service store',
  description:
    'A key store with public endpoint connectivity cannot use the XksProxyUriEndpoint of a key store with VPC endpoint service connectivity in the same Region, even one in another AWS account; CreateCustomKeyStore fails with XksProxyUriEndpointInUseException. It is judged against the stores listed in existingKeyStores (those of other accounts only when listed); until the plan lists them, it is not known.',
  messages: {
    'used-by-vpc-store': {
      message:
        'XksProxyUriEndpoint {{endpoint}} is already the endpoint of the key store {{store}}, which uses VPC endpoint service connectivity in this Region. A public endpoint store cannot share it, even across accounts, so CreateCustomKeyStore would fail with XksProxyUriEndpointInUseException.',
      fix: 'Use another host name for the public endpoint (and a TLS certificate for it).',
    },
  },
  reads: [
    '/keyStore/XksProxyUriEndpoint',
    '/existingKeyStores',
    '/existingKeyStores/*/CustomKeyStoreName',
    '/existingKeyStores/*/XksProxyConnectivity',
    '/existingKeyStores/*/XksProxyUriEndpoint',
    '/existingKeyStores/*/accountId',
  ],
  // Absent means not known; [] states that the account has no custom key store in the Region. A
  // missing endpoint is key-store-required-parameters' error.
  requires: ['/existingKeyStores'],
  appliesTo: 'PUBLIC_ENDPOINT',
  sources: [
    apiReference('API_CreateCustomKeyStore.html'),
    guide('create-xks-keystore.html#require-endpoint'),
    guide('choose-xks-connectivity.html'),
  ],
  facts: ['XKS-UNIQUE-PUBLIC-VS-VPC', 'PUB-NO-VPC-CLASH', 'API-EXC-ENDPOINT-IN-USE'],
  check(plan, { report }) {
    const endpoint = plan.keyStore?.XksProxyUriEndpoint;
    if (endpoint === undefined) return;
    const clash = existingExternalKeyStores(plan, 'region').find(
      ({ store }) =>
        store.XksProxyConnectivity === 'VPC_ENDPOINT_SERVICE' &&
        store.XksProxyUriEndpoint !== undefined &&
        sameEndpoint(store.XksProxyUriEndpoint, endpoint),
    );
    if (clash === undefined) return;
    report({
      messageId: 'used-by-vpc-store',
      path: ['keyStore', 'XksProxyUriEndpoint'],
      data: { endpoint, store: clash.label },
    });
  },
});

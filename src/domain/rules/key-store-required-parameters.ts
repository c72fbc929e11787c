import { defineRule } from '../engine/define-rule';
import type { KeyStore, Plan } from '../plan/plan-schema';
import { apiReference, guide } from './support/sources';

type MessageId =
  | 'name-missing'
  | 'connectivity-missing'
  | 'endpoint-missing'
  | 'path-missing'
  | 'access-key-id-missing'
  | 'service-name-missing';

interface RequiredParameter {
  readonly messageId: MessageId;
  readonly path: readonly string[];
  readonly value: (keyStore: KeyStore) => unknown;
  readonly onlyFor?: 'VPC_ENDPOINT_SERVICE';
}

// CustomKeyStoreType is left out by the API's rules (it defaults to AWS_CLOUDHSM); key-store-type-external
// reports it missing together with a wrong value.
// The secret half of the credential is never in a plan, so only the access key ID is asked for.
const requiredParameters: readonly RequiredParameter[] = [
  { messageId: 'name-missing', path: ['CustomKeyStoreName'], value: (k) => k.CustomKeyStoreName },
  {
    messageId: 'connectivity-missing',
    path: ['XksProxyConnectivity'],
    value: (k) => k.XksProxyConnectivity,
  },
  {
    messageId: 'endpoint-missing',
    path: ['XksProxyUriEndpoint'],
    value: (k) => k.XksProxyUriEndpoint,
  },
  { messageId: 'path-missing', path: ['XksProxyUriPath'], value: (k) => k.XksProxyUriPath },
  {
    messageId: 'access-key-id-missing',
    path: ['XksProxyAuthenticationCredential', 'AccessKeyId'],
    value: (k) => k.XksProxyAuthenticationCredential?.AccessKeyId,
  },
  {
    messageId: 'service-name-missing',
    path: ['XksProxyVpcEndpointServiceName'],
    value: (k) => k.XksProxyVpcEndpointServiceName,
    onlyFor: 'VPC_ENDPOINT_SERVICE',
  },
];

export default defineRule<Plan, MessageId>({
  id: 'key-store-required-parameters',
  target: 'plan',
  severity: 'error',
  title: 'The plan states every parameter CreateCustomKeyStore requires',
  description:
    'CreateCustomKeyStore needs, for an external key store: a name, the type EXTERNAL_KEY_STORE, the connectivity, the proxy URI endpoint and path, and the proxy authentication credential; with VPC endpoint service connectivity also the endpoint service name. The credential’s secret is added only when the request is sent, so the plan needs its access key ID.',
  messages: {
    'name-missing': {
      message: 'CustomKeyStoreName is not stated yet; CreateCustomKeyStore requires a name.',
      fix: 'Choose a name that no other custom key store of the account uses in this Region. It appears in CloudTrail in plain text, so keep confidential data out of it.',
    },
    'connectivity-missing': {
      message:
        'XksProxyConnectivity is not stated yet; KMS must know whether it reaches the proxy over the internet or through a VPC endpoint service.',
      fix: 'Choose PUBLIC_ENDPOINT or VPC_ENDPOINT_SERVICE.',
    },
    'endpoint-missing': {
      message:
        'XksProxyUriEndpoint is not stated yet; KMS needs the https:// address at which it reaches the proxy.',
      fix: 'Enter https:// and the proxy’s host name; with VPC endpoint service connectivity, the endpoint service’s private DNS name.',
    },
    'path-missing': {
      message: 'XksProxyUriPath is not stated yet; KMS needs the base path of the proxy API.',
      fix: 'Enter the path your proxy documents, such as /kms/xks/v1 or /<prefix>/kms/xks/v1.',
    },
    'access-key-id-missing': {
      message:
        'The proxy credential’s AccessKeyId is not stated yet; CreateCustomKeyStore requires the credential (access key ID and secret access key) KMS signs proxy requests with.',
      fix: 'Enter the access key ID of a credential created on the proxy. Keep its secret out of the plan: it is added only when the request is sent.',
    },
    'service-name-missing': {
      message:
        'XksProxyVpcEndpointServiceName is not stated yet; with VPC endpoint service connectivity KMS needs the name of the endpoint service it connects to.',
      fix: 'Enter the endpoint service name, com.amazonaws.vpce.<region>.vpce-svc-<id>.',
    },
  },
  reads: [
    '/keyStore',
    '/keyStore/CustomKeyStoreName',
    '/keyStore/XksProxyConnectivity',
    '/keyStore/XksProxyUriEndpoint',
    '/keyStore/XksProxyUriPath',
    '/keyStore/XksProxyAuthenticationCredential/AccessKeyId',
    '/keyStore/XksProxyVpcEndpointServiceName',
  ],
  appliesTo: 'all',
  sources: [
    apiReference('API_CreateCustomKeyStore.html'),
    apiReference('API_XksProxyAuthenticationCredentialType.html'),
    guide('create-xks-keystore.html'),
  ],
  facts: ['API-CREATE-REQUIRED-SET', 'VPC-SERVICE-NAME-REQUIRED', 'XKS-CRED-REQUIRED'],
  check(plan, { report, unknown }) {
    const keyStore = plan.keyStore;
    if (keyStore === undefined) {
      // One unknown for a request not started yet, instead of one error per parameter.
      unknown([['keyStore']]);
      return;
    }
    for (const parameter of requiredParameters) {
      if (parameter.onlyFor !== undefined && parameter.onlyFor !== keyStore.XksProxyConnectivity)
        continue;
      if (parameter.value(keyStore) === undefined) {
        report({ messageId: parameter.messageId, path: ['keyStore', ...parameter.path] });
      }
    }
  },
});

/**
 * What each external key store error means and which parts of a plan would cause it: the data of
 * the error-code explainer (the /explain page and `xks-planner explain`). Meanings follow the KMS
 * API Reference and the troubleshooting pages of the KMS Developer Guide; causes name this
 * project's rules and checklist items, so a plan's findings can be matched to them.
 */
import type { ChecklistItem } from '../catalogue/coverage/types';
import type { Finding, Unknown } from '../engine/types';
import type { Connectivity } from '../plan/plan-schema';
import { checklist } from '../catalogue/coverage/index';
import { apiReference, guide } from '../rules/support/sources';

/**
 * How the error surfaces: a ConnectionErrorCode of a FAILED store, an exception of
 * CreateCustomKeyStore / UpdateCustomKeyStore / Connect / Delete, an exception of CreateKey, or of a
 * cryptographic operation on a key in the store.
 */
export type ErrorCodeKind =
  'connection-error' | 'creation-exception' | 'key-exception' | 'crypto-exception';

/** How each kind is named to the user. */
export const errorCodeKindLabels: Readonly<Record<ErrorCodeKind, string>> = {
  'connection-error': 'ConnectionErrorCode of a FAILED key store',
  'creation-exception':
    'exception of CreateCustomKeyStore, UpdateCustomKeyStore and the other key store operations',
  'key-exception': 'exception of CreateKey in the external key store',
  'crypto-exception': 'exception of cryptographic operations on keys in the store',
};

export interface ErrorCodeCause {
  /** One way the error comes about, in plain words. */
  readonly text: string;
  /** Rules of this project whose findings point at this cause. */
  readonly ruleIds: readonly string[];
  /** Checklist items (catalogue coverage) that verify this cause by hand. */
  readonly checklistIds: readonly string[];
}

export interface ErrorCodeEntry {
  /** The code as AWS reports it: a ConnectionErrorCode value or an exception name. */
  readonly code: string;
  readonly kind: ErrorCodeKind;
  readonly title: string;
  readonly meaning: string;
  /** What to do once the cause is fixed, when AWS prescribes a sequence. */
  readonly recovery?: string;
  readonly causes: readonly ErrorCodeCause[];
  readonly sources: readonly string[];
}

const troubleshooting = (anchor: string) => guide(`xks-troubleshooting.html#${anchor}`);
const connectionErrorSources = [
  apiReference('API_CustomKeyStoresListEntry.html'),
  troubleshooting('xks-connection-error-codes'),
];
const createSources = [
  apiReference('API_CreateCustomKeyStore.html'),
  apiReference('API_UpdateCustomKeyStore.html'),
];

/** Causes that several codes share: the same mistake surfaces at create, update and connect. */
const causes = {
  credentialMismatch: {
    text: 'The access key ID or secret access key of XksProxyAuthenticationCredential is not one the proxy accepts (a typo, a rotated credential, or the proxy not yet holding the new one).',
    ruleIds: [
      'proxy-access-key-id-format',
      'proxy-access-key-id-not-iam',
      'proxy-accepts-two-credentials',
    ],
    checklistIds: ['proxy-holds-the-same-credential', 'proxy-credential-rotation-procedure'],
  },
  signatureBroken: {
    text: 'The SigV4 signature fails at the proxy although the credential is right: its clock is off, or something between KMS and the proxy rewrites the signed headers.',
    ruleIds: ['proxy-clock-synchronized', 'no-header-rewriting-to-proxy'],
    checklistIds: ['proxy-verifies-sigv4'],
  },
  wrongPath: {
    text: 'XksProxyUriPath is not the path the proxy serves (the proxy answers InvalidUriPathException).',
    ruleIds: [
      'proxy-uri-path-format',
      'proxy-uri-path-matches-proxy',
      'proxy-config-uri-path',
      'proxy-sample-path-prefix-length',
    ],
    checklistIds: ['change-path-live'],
  },
  wrongEndpoint: {
    text: 'XksProxyUriEndpoint does not name the host the proxy (or its load balancer) answers on port 443.',
    ruleIds: [
      'key-store-required-parameters',
      'proxy-uri-endpoint-format',
      'vpc-endpoint-matches-private-dns-name',
    ],
    checklistIds: ['proxy-answers-before-create'],
  },
  networkBlocked: {
    text: 'The network between KMS and the proxy is not open: a firewall drops TCP 443, the public address is not routable over IPv4, or the VPC has no route to the proxy.',
    ruleIds: [
      'public-endpoint-firewall-443',
      'public-endpoint-ipv4-routable',
      'vpc-components-ipv4',
      'vpc-reaches-proxy',
    ],
    checklistIds: ['vpc-test-proxy-from-vpc'],
  },
  keyManagerUnavailable: {
    text: 'The proxy reports every external key manager instance as unavailable in GetHealthStatus, or cannot reach the key manager.',
    ruleIds: ['key-manager-redundant-instances'],
    checklistIds: [
      'verify-key-manager-reported-healthy',
      'connect-preconditions',
      'verify-deep-health-check',
    ],
  },
  tooFar: {
    text: 'The round trip from the AWS Region through the proxy to the key manager, plus the time they take, does not fit in the 250 ms KMS waits for each call (AWS asks for at most 35 ms of network round trip).',
    ruleIds: [
      'traffic-estimated-round-trip',
      'traffic-proxy-near-key-manager',
      'traffic-round-trip-time',
      'traffic-round-trip-timeout',
    ],
    checklistIds: ['measure-round-trip'],
  },
  overloaded: {
    text: 'The proxy or the key manager cannot keep up with the requests (too little capacity, or one instance lost), so answers come late or the proxy throttles.',
    ruleIds: ['request-capacity', 'request-capacity-loss-of-one'],
    checklistIds: [],
  },
  badResponse: {
    text: 'The proxy answers in a form KMS cannot interpret (not the JSON of the XKS proxy API, or a ValidationException or InternalException).',
    ruleIds: ['proxy-conformance-tested', 'public-endpoint-proxy-tested-before-create'],
    checklistIds: ['proxy-error-responses', 'proxy-health-status', 'proxy-answers-post-paths'],
  },
  tlsInvalid: {
    text: 'The TLS server side is not one KMS accepts: TLS 1.2 or 1.3 with the required cipher suites, a certificate valid now whose subject names the XksProxyUriEndpoint host, chaining to a CA on AWS’s trusted list with the intermediates sent.',
    ruleIds: [
      'proxy-cipher-suites',
      'proxy-tls-version',
      'tls-certificate-full-chain',
      'tls-certificate-key-type',
      'tls-certificate-name-matches-host',
      'tls-certificate-name-only-in-san',
      'tls-certificate-root-ca-expiry',
      'tls-certificate-root-ca-trusted',
      'tls-certificate-valid-now',
    ],
    checklistIds: ['tls-chain-tested'],
  },
  accessDenied: {
    text: 'The proxy’s authorization rules (or its mTLS client check, deprecated since 2026-03-09: KMS’s client certificate may no longer pass it) refuse the requests KMS makes for this store.',
    ruleIds: ['proxy-mtls-client-name', 'proxy-mtls-deprecated'],
    checklistIds: ['review-proxy-authorization-rules', 'trust-amazon-client-certificates'],
  },
  endpointServiceNotFound: {
    text: 'XksProxyVpcEndpointServiceName (and owner) do not name an endpoint service in the key store Region that KMS may use: wrong name or Region, or cks.kms.<Region>.amazonaws.com (and the key store account, when another account owns the service) is not an allowed principal.',
    ruleIds: [
      'vpc-endpoint-service-allows-kms',
      'vpc-endpoint-service-allows-store-account',
      'vpc-endpoint-service-name-format',
      'vpc-endpoint-service-owner-format',
      'vpc-endpoint-service-same-region',
    ],
    checklistIds: ['vpc-confirm-endpoint-service-owner'],
  },
  endpointServiceMisconfigured: {
    text: 'The VPC endpoint service breaks an XKS requirement: not an interface endpoint service for a network load balancer in at least two Availability Zones, acceptance required, or a private DNS name that is missing, unverified or not the XksProxyUriEndpoint host.',
    ruleIds: [
      'vpc-endpoint-matches-private-dns-name',
      'vpc-endpoint-service-interface',
      'vpc-endpoint-service-no-acceptance',
      'vpc-load-balancer-two-azs',
      'vpc-network-load-balancer',
      'vpc-private-dns-name',
      'vpc-private-dns-verification-domain',
      'vpc-private-dns-verified',
      'vpc-private-subnets-two-azs',
    ],
    checklistIds: ['vpc-verify-private-dns-domain'],
  },
  kmsSide: {
    text: 'A transient problem inside AWS KMS, not in the plan.',
    ruleIds: [],
    checklistIds: ['recover-failed-connection'],
  },
} satisfies Record<string, ErrorCodeCause>;

const reconnect =
  'Disconnect the store (DisconnectCustomKeyStore), fix the cause (UpdateCustomKeyStore when a setting was wrong), then connect again (ConnectCustomKeyStore).';

export const errorCodes: readonly ErrorCodeEntry[] = [
  {
    code: 'INVALID_CREDENTIALS',
    kind: 'connection-error',
    title: 'The proxy rejected the authentication credential',
    meaning:
      'Connecting failed because the proxy did not accept the SigV4 signature made with the store’s XksProxyAuthenticationCredential: one or both of its values are not valid on the proxy.',
    recovery: reconnect,
    causes: [causes.credentialMismatch, causes.signatureBroken],
    sources: [...connectionErrorSources, troubleshooting('fix-xks-credentials')],
  },
  {
    code: 'NETWORK_ERRORS',
    kind: 'connection-error',
    title: 'Network errors kept KMS from the proxy',
    meaning:
      'Connecting failed because network errors prevented KMS from connecting to the key store’s backing: for an external key store, the route from KMS to the proxy endpoint.',
    recovery: reconnect,
    causes: [causes.networkBlocked, causes.wrongEndpoint],
    sources: connectionErrorSources,
  },
  {
    code: 'INTERNAL_ERROR',
    kind: 'connection-error',
    title: 'KMS had an internal error',
    meaning: 'Connecting failed because of an internal error in AWS KMS, not because of the plan.',
    recovery: 'Disconnect the store, then try to connect again.',
    causes: [causes.kmsSide],
    sources: connectionErrorSources,
  },
  {
    code: 'XKS_PROXY_ACCESS_DENIED',
    kind: 'connection-error',
    title: 'The proxy denied KMS access',
    meaning:
      'KMS reached the proxy and authenticated, but the proxy’s authorization rules denied the request (AccessDeniedException).',
    recovery: reconnect,
    causes: [causes.accessDenied],
    sources: [
      ...connectionErrorSources,
      guide('authorize-xks-key-store.html#xks-proxy-authorization'),
    ],
  },
  {
    code: 'XKS_PROXY_INVALID_CONFIGURATION',
    kind: 'connection-error',
    title: 'The proxy configuration does not match the store',
    meaning:
      'A configuration error stops KMS from using the proxy, most often an XksProxyUriPath the proxy does not serve.',
    recovery: reconnect,
    causes: [causes.wrongPath],
    sources: [...connectionErrorSources, troubleshooting('fix-xks-gen-configuration')],
  },
  {
    code: 'XKS_PROXY_INVALID_RESPONSE',
    kind: 'connection-error',
    title: 'KMS cannot interpret the proxy’s answer',
    meaning:
      'The proxy answered, but KMS could not interpret the response. If it keeps happening, the proxy vendor needs to know.',
    recovery: reconnect,
    causes: [
      causes.badResponse,
      {
        text: 'With VPC endpoint service connectivity: the load balancer’s listener is TCP, so TLS passes through, but the proxy behind it serves plain HTTP and answers KMS’s TLS handshake with plaintext.',
        ruleIds: ['vpc-tcp-listener-proxy-tls'],
        checklistIds: [],
      },
    ],
    sources: [...connectionErrorSources, guide('vpc-connectivity.html')],
  },
  {
    code: 'XKS_PROXY_INVALID_TLS_CONFIGURATION',
    kind: 'connection-error',
    title: 'The proxy’s TLS configuration is not valid',
    meaning:
      'KMS could not set up TLS with the proxy: it needs TLS 1.2 or 1.3 and a certificate that is valid now, names the host in XksProxyUriEndpoint and is issued under a CA on AWS’s trusted list.',
    recovery: reconnect,
    causes: [causes.tlsInvalid],
    sources: [...connectionErrorSources, guide('create-xks-keystore.html#xks-requirements')],
  },
  {
    code: 'XKS_PROXY_NOT_REACHABLE',
    kind: 'connection-error',
    title: 'KMS cannot reach the proxy',
    meaning:
      'KMS could not communicate with the proxy: the endpoint or path is wrong, the proxy is down or off the network, a network error blocks it, the round trip is too long, or the proxy reports all key manager instances unavailable.',
    recovery: reconnect,
    causes: [
      causes.wrongEndpoint,
      causes.wrongPath,
      causes.networkBlocked,
      causes.tooFar,
      causes.keyManagerUnavailable,
    ],
    sources: [...connectionErrorSources, troubleshooting('fix-xks-latency')],
  },
  {
    code: 'XKS_PROXY_TIMED_OUT',
    kind: 'connection-error',
    title: 'The proxy answered too slowly',
    meaning:
      'KMS reached the proxy but did not get an answer within the 250 ms it waits for each call. A usual cause is a proxy far from the external key manager, or a fleet without enough capacity.',
    recovery: reconnect,
    causes: [causes.tooFar, causes.overloaded],
    sources: [...connectionErrorSources, troubleshooting('fix-xks-latency')],
  },
  {
    code: 'XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION',
    kind: 'connection-error',
    title: 'The VPC endpoint service does not meet the XKS requirements',
    meaning:
      'The VPC endpoint service the store uses breaks one of the requirements for external key stores (load balancer, Availability Zones, acceptance, private DNS name and its verification, or the certificate for that name).',
    recovery: reconnect,
    causes: [causes.endpointServiceMisconfigured],
    sources: [...connectionErrorSources, troubleshooting('fix-xks-vpc-configuration')],
  },
  {
    code: 'XKS_VPC_ENDPOINT_SERVICE_NOT_FOUND',
    kind: 'connection-error',
    title: 'KMS cannot find the VPC endpoint service',
    meaning:
      'KMS cannot find the VPC endpoint service named in XksProxyVpcEndpointServiceName, or is not allowed to create an endpoint to it.',
    recovery: reconnect,
    causes: [causes.endpointServiceNotFound],
    sources: [...connectionErrorSources, troubleshooting('fix-xks-vpc-configuration')],
  },
  {
    code: 'CustomKeyStoreNameInUseException',
    kind: 'creation-exception',
    title: 'The key store name is already used',
    meaning:
      'CreateCustomKeyStore or UpdateCustomKeyStore was refused because another custom key store in the account and Region already has this CustomKeyStoreName.',
    causes: [
      {
        text: 'CustomKeyStoreName repeats the name of an existing custom key store.',
        ruleIds: ['key-store-name-unique'],
        checklistIds: [],
      },
    ],
    sources: createSources,
  },
  {
    code: 'LimitExceededException',
    kind: 'creation-exception',
    title: 'Too many custom key stores',
    meaning:
      'CreateCustomKeyStore was refused because the account already has 10 custom key stores in the Region (CloudHSM and external key stores together, in any state); the quota cannot be raised.',
    causes: [
      {
        text: 'The account already has 10 custom key stores in the Region.',
        ruleIds: ['custom-key-store-quota'],
        checklistIds: [],
      },
    ],
    sources: [apiReference('API_CreateCustomKeyStore.html'), guide('resource-limits.html')],
  },
  {
    code: 'XksProxyUriInUseException',
    kind: 'creation-exception',
    title: 'The endpoint and path are already used by another store',
    meaning:
      'The combination of XksProxyUriEndpoint and XksProxyUriPath is already used by another external key store in the Region; each store needs its own combination.',
    causes: [
      {
        text: 'Another external key store uses the same endpoint and path.',
        ruleIds: ['proxy-uri-unique'],
        checklistIds: ['separate-path-per-key-store'],
      },
    ],
    sources: createSources,
  },
  {
    code: 'XksProxyUriEndpointInUseException',
    kind: 'creation-exception',
    title: 'The endpoint is already used by another store',
    meaning:
      'XksProxyUriEndpoint is already associated with another external key store in the Region in a way that is not allowed: a public endpoint equal to a VPC store’s endpoint (in any account), or a repeated private DNS name.',
    causes: [
      {
        text: 'The endpoint clashes with a store of the other connectivity, or repeats a VPC store’s private DNS name.',
        ruleIds: ['public-endpoint-no-vpc-clash', 'vpc-endpoint-unique'],
        checklistIds: [],
      },
    ],
    sources: createSources,
  },
  {
    code: 'XksProxyUriUnreachableException',
    kind: 'creation-exception',
    title: 'KMS cannot reach the proxy',
    meaning:
      'KMS could not reach the proxy at XksProxyUriEndpoint and XksProxyUriPath while creating or updating a store with a public endpoint (the proxy timed out, throttled, or answered DependencyTimeoutException), or the proxy reported every key manager instance unavailable.',
    causes: [
      causes.wrongEndpoint,
      causes.wrongPath,
      causes.networkBlocked,
      causes.tooFar,
      causes.overloaded,
      causes.keyManagerUnavailable,
      {
        text: 'The proxy was not answering yet when the store was created or updated.',
        ruleIds: ['public-endpoint-proxy-tested-before-create'],
        checklistIds: ['public-endpoint-health-check-before-create', 'proxy-answers-before-create'],
      },
    ],
    sources: [...createSources, troubleshooting('fix-xks-latency')],
  },
  {
    code: 'XksProxyIncorrectAuthenticationCredentialException',
    kind: 'creation-exception',
    title: 'The proxy rejected the authentication credential',
    meaning:
      'The proxy answered AuthenticationFailedException to the request KMS signed with the XksProxyAuthenticationCredential given to CreateCustomKeyStore or UpdateCustomKeyStore.',
    causes: [causes.credentialMismatch, causes.signatureBroken],
    sources: [...createSources, troubleshooting('fix-xks-credentials')],
  },
  {
    code: 'XksProxyVpcEndpointServiceInUseException',
    kind: 'creation-exception',
    title: 'The VPC endpoint service is already used by another store',
    meaning:
      'Each external key store with VPC endpoint service connectivity needs its own endpoint service; this one is already associated with another store in the Region.',
    causes: [
      {
        text: 'Another external key store uses the same VPC endpoint service.',
        ruleIds: ['vpc-endpoint-service-not-in-use'],
        checklistIds: [],
      },
    ],
    sources: createSources,
  },
  {
    code: 'XksProxyVpcEndpointServiceNotFoundException',
    kind: 'creation-exception',
    title: 'KMS cannot find the VPC endpoint service',
    meaning:
      'KMS cannot find the VPC endpoint service named in XksProxyVpcEndpointServiceName, or is not an allowed principal of it.',
    causes: [causes.endpointServiceNotFound],
    sources: [...createSources, troubleshooting('fix-xks-vpc-configuration')],
  },
  {
    code: 'XksProxyVpcEndpointServiceInvalidConfigurationException',
    kind: 'creation-exception',
    title: 'The VPC endpoint service does not meet the XKS requirements',
    meaning:
      'The VPC endpoint service breaks a requirement for external key stores (network load balancer in two Availability Zones, no acceptance, a verified private DNS name equal to the XksProxyUriEndpoint host).',
    causes: [causes.endpointServiceMisconfigured],
    sources: [...createSources, troubleshooting('fix-xks-vpc-configuration')],
  },
  {
    code: 'XksProxyInvalidResponseException',
    kind: 'creation-exception',
    title: 'KMS cannot interpret the proxy’s answer',
    meaning:
      'The proxy answered in a way KMS cannot interpret: a malformed response, or a ValidationException or InternalException from the proxy.',
    causes: [causes.badResponse],
    sources: createSources,
  },
  {
    code: 'XksProxyInvalidConfigurationException',
    kind: 'creation-exception',
    title: 'The proxy configuration does not match the store',
    meaning:
      'The proxy configuration is not valid for the store, e.g. XksProxyUriPath is not a path the proxy serves (InvalidUriPathException); the guide also names it for an endpoint service that requires acceptance.',
    causes: [
      causes.wrongPath,
      {
        text: 'The VPC endpoint service requires connection requests to be accepted.',
        ruleIds: ['vpc-endpoint-service-no-acceptance'],
        checklistIds: [],
      },
    ],
    sources: [
      ...createSources,
      troubleshooting('fix-xks-gen-configuration'),
      guide('vpc-connectivity.html'),
    ],
  },
  {
    code: 'KMSInternalException',
    kind: 'creation-exception',
    title: 'KMS had an internal error',
    meaning: 'The request failed because of an internal error in AWS KMS; retry it.',
    causes: [causes.kmsSide],
    sources: createSources,
  },
  {
    code: 'CustomKeyStoreNotFoundException',
    kind: 'creation-exception',
    title: 'No such custom key store',
    meaning:
      'No custom key store with the given CustomKeyStoreId (or name) exists in the account and Region: a wrong ID, another Region or account, or a deleted store.',
    causes: [],
    sources: [
      apiReference('API_ConnectCustomKeyStore.html'),
      apiReference('API_UpdateCustomKeyStore.html'),
    ],
  },
  {
    code: 'CustomKeyStoreInvalidStateException',
    kind: 'creation-exception',
    title: 'The store’s connection state does not allow the request',
    meaning:
      'The request does not fit the store’s ConnectionState: connecting a FAILED or DISCONNECTING store, changing the endpoint, connectivity or endpoint service while it is not DISCONNECTED, deleting a store that is not DISCONNECTED, or creating a KMS key in a store that is not CONNECTED (or whose proxy rejects the request).',
    causes: [
      {
        text: 'The store is FAILED and was connected again without disconnecting first.',
        ruleIds: [],
        checklistIds: ['recover-failed-connection'],
      },
      {
        text: 'A setting that can change only while the store is DISCONNECTED was updated while it was connected.',
        ruleIds: [],
        checklistIds: ['change-store-settings', 'change-connectivity'],
      },
      {
        text: 'A KMS key was created before the store reached CONNECTED.',
        ruleIds: [],
        checklistIds: ['connect-before-creating-keys', 'connect-new-store'],
      },
      {
        text: 'The store was deleted while still connected.',
        ruleIds: [],
        checklistIds: ['delete-store-later'],
      },
      { ...causes.credentialMismatch, text: `At CreateKey: ${causes.credentialMismatch.text}` },
    ],
    sources: [
      apiReference('API_ConnectCustomKeyStore.html'),
      apiReference('API_UpdateCustomKeyStore.html'),
      apiReference('API_CreateKey.html'),
      troubleshooting('fix-xks-connection'),
    ],
  },
  {
    code: 'CustomKeyStoreHasCMKsException',
    kind: 'creation-exception',
    title: 'The store still has KMS keys',
    meaning:
      'DeleteCustomKeyStore was refused because KMS keys remain in the store; schedule their deletion and wait until they are deleted.',
    causes: [
      {
        text: 'The store is deleted before all its KMS keys are.',
        ruleIds: [],
        checklistIds: ['delete-store-later'],
      },
    ],
    sources: [apiReference('API_DeleteCustomKeyStore.html')],
  },
  {
    code: 'XksKeyNotFoundException',
    kind: 'key-exception',
    title: 'The external key does not exist',
    meaning:
      'CreateKey was refused because the proxy does not know the XksKeyId: the external key manager has no key with that ID.',
    causes: [
      {
        text: 'The XksKeyId is missing, mistyped, or not the key manager’s permanent ID for the key.',
        ruleIds: ['xks-key-id-format', 'xks-key-id-required'],
        checklistIds: ['external-key-properties', 'xks-key-id-is-permanent'],
      },
    ],
    sources: [apiReference('API_CreateKey.html'), troubleshooting('fix-external-key-create')],
  },
  {
    code: 'XksKeyAlreadyInUseException',
    kind: 'key-exception',
    title: 'The external key already backs a KMS key in this store',
    meaning:
      'CreateKey was refused because another KMS key in the same external key store already uses this XksKeyId.',
    causes: [
      {
        text: 'Two planned keys (or a planned and an existing key) name the same XksKeyId.',
        ruleIds: ['xks-key-id-unique'],
        checklistIds: [],
      },
    ],
    sources: [apiReference('API_CreateKey.html'), troubleshooting('fix-external-key-create')],
  },
  {
    code: 'XksKeyInvalidConfigurationException',
    kind: 'key-exception',
    title: 'The external key is not a usable AES-256 key',
    meaning:
      'CreateKey was refused because the proxy reports the external key as something KMS cannot use: it must be a 256-bit AES key that is enabled and may encrypt and decrypt.',
    causes: [
      {
        text: 'The key manager cannot hold AES-256 keys, or the external key is disabled or restricted.',
        ruleIds: ['key-manager-aes-256-gcm'],
        checklistIds: ['external-key-properties'],
      },
    ],
    sources: [
      apiReference('API_CreateKey.html'),
      guide('create-xks-keys.html#xks-key-requirements'),
    ],
  },
  {
    code: 'KMSInvalidStateException',
    kind: 'crypto-exception',
    title: 'A cryptographic operation failed in the external key store',
    meaning:
      'For keys in an external key store, KMS reports every failure of the proxy, the key manager or the external key in a cryptographic operation (Encrypt, Decrypt, GenerateDataKey, ...) as KMSInvalidStateException; the message says which. The KMS key itself may still show Enabled.',
    causes: [
      causes.credentialMismatch,
      causes.tooFar,
      causes.overloaded,
      causes.keyManagerUnavailable,
      {
        text: 'The store is disconnected, or the external key was disabled or deleted in the key manager.',
        ruleIds: [],
        checklistIds: ['monitor-proxy-not-connection-state', 'xks-key-id-is-permanent'],
      },
    ],
    sources: [troubleshooting('fix-unavailable-xks-keys'), guide('key-state.html')],
  },
];

/**
 * ConnectionErrorCode values and exceptions of the key store operations that only AWS CloudHSM key
 * stores produce, with the reason they are left out.
 */
export const notForExternalKeyStores: Readonly<Record<string, string>> = Object.fromEntries([
  ...[
    'CLUSTER_NOT_FOUND',
    'INSUFFICIENT_CLOUDHSM_HSMS',
    'INSUFFICIENT_FREE_ADDRESSES_IN_SUBNET',
    'SUBNET_NOT_FOUND',
    'USER_LOCKED_OUT',
    'USER_NOT_FOUND',
    'USER_LOGGED_IN',
  ].map((code) => [
    code,
    'This connection error code is reported only for AWS CloudHSM key stores.',
  ]),
  ...[
    'CloudHsmClusterInUseException',
    'CloudHsmClusterInvalidConfigurationException',
    'CloudHsmClusterNotActiveException',
    'CloudHsmClusterNotFoundException',
    'CloudHsmClusterNotRelatedException',
    'IncorrectTrustAnchorException',
  ].map((code) => [
    code,
    'This exception concerns the AWS CloudHSM cluster of a CloudHSM key store.',
  ]),
]);

const normalise = (code: string) => code.trim().toUpperCase();
const entriesByCode = new Map(errorCodes.map((entry) => [normalise(entry.code), entry]));

/** The entry for a code, matched without case (the CLI and the page accept `xks_proxy_timed_out`). */
export function findErrorCode(code: string): ErrorCodeEntry | undefined {
  return entriesByCode.get(normalise(code));
}

/** Why a known AWS code has no entry here, when it is a CloudHSM-only code. */
export function reasonNotExplained(code: string): string | undefined {
  const wanted = normalise(code);
  return Object.entries(notForExternalKeyStores).find(
    ([known]) => normalise(known) === wanted,
  )?.[1];
}

/** Codes that resemble `code`, best first: for "did you mean" answers to an unknown code. */
export function closeMatches(code: string, limit = 3): ErrorCodeEntry[] {
  const wanted = normalise(code).replace(/[^A-Z0-9]/g, '');
  const compact = (entry: ErrorCodeEntry) => normalise(entry.code).replace(/[^A-Z0-9]/g, '');
  return errorCodes
    .map((entry) => {
      const candidate = compact(entry);
      const contains =
        wanted.length > 0 && (candidate.includes(wanted) || wanted.includes(candidate));
      return { entry, distance: contains ? 0 : editDistance(wanted, candidate) };
    })
    .filter(({ distance, entry }) => distance <= Math.max(3, compact(entry).length / 3))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map(({ entry }) => entry);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

export interface ExplainedCause extends ErrorCodeCause {
  /** The plan's findings of this cause's rules. */
  readonly findings: readonly Finding[];
  /** This cause's rules that cannot judge the plan yet: the cause is not ruled out. */
  readonly unknowns: readonly Unknown[];
  /** This cause's checklist items. */
  readonly checklistItems: readonly ChecklistItem[];
}

export interface PlanExplanation {
  readonly entry: ErrorCodeEntry;
  readonly causes: readonly ExplainedCause[];
}

/** What a check of the plan gave: its findings, and the rules that could not judge it. */
export interface CheckedPlan {
  readonly findings: readonly Finding[];
  readonly unknowns: readonly Unknown[];
}

/**
 * The entry with, for each cause, the plan's findings of its rules, those of its rules that cannot
 * judge the plan yet, and its checklist items (those of the plan's connectivity when it is given).
 */
export function explainForPlan(
  entry: ErrorCodeEntry,
  { findings, unknowns }: CheckedPlan,
  connectivity?: Connectivity,
): PlanExplanation {
  const applies = (item: ChecklistItem) =>
    connectivity === undefined || item.appliesTo === 'all' || item.appliesTo === connectivity;
  return {
    entry,
    causes: entry.causes.map((cause) => ({
      ...cause,
      findings: findings.filter((finding) => cause.ruleIds.includes(finding.ruleId)),
      unknowns: unknowns.filter((unknown) => cause.ruleIds.includes(unknown.ruleId)),
      checklistItems: checklist.filter(
        (item) => cause.checklistIds.includes(item.id) && applies(item),
      ),
    })),
  };
}

/** Lower-case words of a text, with a code's underscores and a name's capitals as breaks. */
function wordsOf(text: string): string[] {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * The codes a search finds: every word of the query starts a word of the code, its title, its
 * meaning or its causes, so "timed out" finds XKS_PROXY_TIMED_OUT and "credential" the codes
 * a wrong credential causes. A query that is (part of) a code, as typed, finds just those codes.
 */
export function searchErrorCodes(
  query: string,
  entries: readonly ErrorCodeEntry[] = errorCodes,
): readonly ErrorCodeEntry[] {
  const wanted = wordsOf(query);
  const typed = query.trim().toLowerCase();
  if (wanted.length === 0) return entries;
  const byCode = entries.filter((entry) => entry.code.toLowerCase().includes(typed));
  if (byCode.length > 0) return byCode;
  return entries.filter((entry) => {
    const words = wordsOf(
      [entry.code, entry.title, entry.meaning, ...entry.causes.map((cause) => cause.text)].join(
        ' ',
      ),
    );
    return wanted.every((word) => words.some((each) => each.startsWith(word)));
  });
}

/**
 * Catalogue sections 4-8: API parameters, errors and connection codes; the console's proxy
 * configuration file; CloudWatch metrics and alarms; the proxy API; changing a store later.
 * Rules cover the configuration file and the alarms; the rest is done by hand or is background.
 */
import { apiReference, guide, proxyApiSpec } from '../../rules/support/sources';
import type { SectionCoverage } from './types';

const testClient = 'https://github.com/aws-samples/aws-kms-xksproxy-test-client';
const connectionErrorCodes = guide('xks-troubleshooting.html#xks-connection-error-codes');
const updateStore = guide('update-xks-keystore.html');
const updateApi = apiReference('API_UpdateCustomKeyStore.html');

/** Reason shared by the error and connection-code facts: they explain failures after the fact. */
const explainer = (prevention: string) =>
  `Background for the error explainer (what KMS reports when it happens); ${prevention}.`;

export const coverage: SectionCoverage = {
  checklist: [
    {
      id: 'connect-new-store',
      text: 'After CreateCustomKeyStore, connect the new store (it is always created DISCONNECTED): ConnectCustomKeyStore returns at once, so poll DescribeCustomKeyStores until ConnectionState is CONNECTED (about 5 minutes) before creating KMS keys. AWS suggests a connect and disconnect test even if the store is not used yet.',
      appliesTo: 'all',
      facts: ['API-CREATED-DISCONNECTED', 'API-CONNECTION-STATES', 'API-CONNECT-ASYNC'],
      sources: [
        guide('create-xks-keystore.html'),
        apiReference('API_ConnectCustomKeyStore.html'),
        guide('xks-connect-disconnect.html#xks-connection-state'),
      ],
    },
    {
      id: 'connect-preconditions',
      text: 'Before connecting, confirm that KMS can reach the proxy, that the proxy can reach the external key manager, and that the key manager is ready for cryptographic operations (GetHealthStatus reports at least one instance that is not UNAVAILABLE).',
      appliesTo: 'all',
      facts: ['API-CONNECT-PRECONDITIONS'],
      sources: [apiReference('API_ConnectCustomKeyStore.html')],
    },
    {
      id: 'recover-failed-connection',
      text: 'If ConnectionState becomes FAILED, read ConnectionErrorCode, run DisconnectCustomKeyStore (a FAILED store cannot be connected again directly), fix the cause (with UpdateCustomKeyStore when a setting was wrong), then run ConnectCustomKeyStore again. For INTERNAL_ERROR, just disconnect and connect again.',
      appliesTo: 'all',
      facts: ['API-CONNECT-FROM-FAILED', 'CEC-INTERNAL_ERROR'],
      sources: [guide('xks-troubleshooting.html'), connectionErrorCodes],
    },
    {
      id: 'delete-store-later',
      text: 'To delete the store later, schedule the deletion of all its KMS keys and wait until they are deleted, disconnect the store, then run DeleteCustomKeyStore. Deleting the store leaves the proxy, the key manager and the external keys untouched.',
      appliesTo: 'all',
      facts: ['API-DELETE-PRECONDITIONS'],
      sources: [apiReference('API_DeleteCustomKeyStore.html')],
    },
    {
      id: 'cli-v1-url-parameters',
      text: 'If you use AWS CLI version 1, run `aws configure set cli_follow_urlparam false` before create-custom-key-store or update-custom-key-store; otherwise the CLI tries to download the https:// endpoint value and fails with "Unable to retrieve https://...".',
      appliesTo: 'all',
      facts: ['API-CLI-V1-URLPARAM'],
      sources: [guide('create-xks-keystore.html'), updateStore],
    },
    {
      id: 'config-file-console-only',
      text: 'Upload the proxy configuration file only in the KMS console (when creating or editing the store); for the AWS CLI, the API or infrastructure as code, copy its XksProxyUriPath and credential into the request instead.',
      appliesTo: 'all',
      facts: ['CFG-CONSOLE-ONLY'],
      sources: [guide('create-xks-keystore.html'), apiReference('API_CreateCustomKeyStore.html')],
    },
    {
      id: 'config-file-download-protected',
      text: 'Confirm the proxy lets only authenticated, authorized users download its configuration file, which holds the raw secret access key, and delete downloaded copies once the credential is in KMS.',
      appliesTo: 'all',
      facts: ['CFG-SECRET-HANDLING'],
      sources: [proxyApiSpec],
    },
    {
      id: 'alarms-for-every-store',
      text: 'Create the CloudWatch alarms again for every other external key store, including stores added later: each alarm covers one key store only.',
      appliesTo: 'all',
      facts: ['ALARM-PER-STORE'],
      sources: [guide('xks-alarms.html'), guide('xks-monitoring.html')],
    },
    {
      id: 'console-monitoring-graphs',
      text: 'After connecting, open the key store in the KMS console and confirm its monitoring graphs (total requests, reliability, latency, top exceptions, certificate days to expire) show data; they show "No data" while the store is DISCONNECTED.',
      appliesTo: 'all',
      facts: ['CW-CONSOLE-GRAPHS'],
      sources: [guide('xks-monitoring.html')],
    },
    {
      id: 'proxy-answers-post-paths',
      text: 'Confirm the proxy answers HTTPS POST at the endpoint and XksProxyUriPath followed by /health, /keys/{externalKeyId}/metadata, /keys/{externalKeyId}/encrypt and /keys/{externalKeyId}/decrypt.',
      appliesTo: 'all',
      when: { conformance: 'not-yet-tested' },
      facts: ['SPEC-PATHS'],
      sources: [proxyApiSpec],
    },
    {
      id: 'proxy-refuses-get',
      text: 'Confirm the proxy answers a GET on any of its API URIs with 405 Method Not Allowed.',
      appliesTo: 'all',
      facts: ['SPEC-GET-405'],
      sources: [proxyApiSpec],
    },
    {
      id: 'proxy-verifies-sigv4',
      text: 'Confirm the proxy verifies SigV4 signatures for the service name kms-xks-proxy and the Region of the calling KMS, e.g. with a request signed by curl 7.75 or later: --aws-sigv4 "aws:amz:<region>:kms-xks-proxy".',
      appliesTo: 'all',
      when: { conformance: 'not-yet-tested' },
      facts: ['SPEC-SIGV4'],
      sources: [proxyApiSpec],
    },
    {
      id: 'proxy-accepts-request-metadata',
      text: 'Confirm the proxy accepts the requestMetadata KMS sends: it must not reject unknown kmsOperation values, must not check the format of kmsRequestId, and must handle ARNs of up to 2048 characters.',
      appliesTo: 'all',
      facts: ['SPEC-REQUEST-METADATA'],
      sources: [proxyApiSpec],
    },
    {
      id: 'proxy-key-metadata',
      text: 'Confirm GetKeyMetadata answers keySpec AES_256, keyUsage in upper case (e.g. ["ENCRYPT","DECRYPT"]) and keyStatus ENABLED for every external key you will use: KMS calls it when it creates a KMS key.',
      appliesTo: 'all',
      facts: ['SPEC-GETKEYMETADATA'],
      sources: [proxyApiSpec],
    },
    {
      id: 'proxy-encrypt-decrypt',
      text: 'Confirm Encrypt and Decrypt use AES_GCM and accept at least 4300 bytes of plaintext or ciphertext and 8192 bytes of additional authenticated data, and that Encrypt returns a 12- or 16-byte IV, a 16-byte authentication tag, ciphertext metadata of at most 20 bytes, and a ciphertextDataIntegrityValue whenever KMS asks for one.',
      appliesTo: 'all',
      facts: ['SPEC-ENCRYPT', 'SPEC-DECRYPT'],
      sources: [proxyApiSpec],
    },
    {
      id: 'proxy-health-status',
      text: 'Confirm GetHealthStatus answers xksProxyFleetSize (above 0), xksProxyVendor, xksProxyModel, ekmVendor and 1 to 10 ekmFleetDetails entries, each with id, model and a healthStatus of ACTIVE, DEGRADED or UNAVAILABLE.',
      appliesTo: 'all',
      when: { conformance: 'not-yet-tested' },
      facts: ['SPEC-HEALTH'],
      sources: [proxyApiSpec],
    },
    {
      id: 'proxy-error-responses',
      text: 'Confirm the proxy reports errors as JSON {"errorName", "errorMessage"} with the HTTP status codes of the specification (e.g. 401 AuthenticationFailedException, 404 InvalidUriPathException, 429 ThrottlingException, 503 DependencyTimeoutException) and an errorMessage under 512 printable ASCII characters; KMS cannot interpret other error bodies.',
      appliesTo: 'all',
      when: { conformance: 'not-yet-tested' },
      facts: ['SPEC-ERROR-CODES'],
      sources: [proxyApiSpec],
    },
    {
      id: 'proxy-logging',
      text: 'Confirm the proxy never logs plaintext, in requests or responses, and logs each kmsRequestId with the processing time and any error, so that its logs can be matched with CloudTrail.',
      appliesTo: 'all',
      facts: ['SPEC-LOGGING'],
      sources: [proxyApiSpec],
    },
    {
      id: 'test-client-setup',
      text: "To run the AWS XKS proxy test client, install bash 4.2+, curl 7.75+ and jq 1.5+, and give it the host, the URI prefix, the access key ID, the secret and one test key ID. Ignore its README's note on access key ID characters: KMS accepts only A-Z and 2-7.",
      appliesTo: 'all',
      when: { conformance: 'not-yet-tested' },
      facts: ['SPEC-TEST-CLIENT'],
      sources: [testClient],
    },
    {
      id: 'change-store-settings',
      text: 'When you edit the store later: the name, credential and path can change while it is connected, but connectivity, endpoint and VPC endpoint service name or owner only while it is DISCONNECTED, which makes every KMS key in it unusable. For those, find the keys and their recent use, plan a window, build and test the new setup first, then disconnect, run UpdateCustomKeyStore, connect, and poll until CONNECTED. An edit can take up to 5 minutes to take full effect.',
      appliesTo: 'all',
      facts: ['CHG-EDIT-MATRIX', 'CHG-PROCEDURE', 'CHG-PROPAGATION', 'CHG-DOWNTIME'],
      sources: [updateStore, updateApi, guide('xks-connect-disconnect.html')],
    },
    {
      id: 'change-precheck',
      text: 'Before running UpdateCustomKeyStore, confirm the proxy answers GetHealthStatus with the new values: KMS tests them first and refuses the edit when the test fails.',
      appliesTo: 'all',
      facts: ['CHG-PRECHECK'],
      sources: [updateStore],
    },
    {
      id: 'change-connectivity',
      text: 'When switching connectivity later, send everything in one UpdateCustomKeyStore call: to VPC_ENDPOINT_SERVICE, XksProxyConnectivity, a new XksProxyUriEndpoint of https:// and the private DNS name, and XksProxyVpcEndpointServiceName (and its owner, when another account owns it); to PUBLIC_ENDPOINT, a new endpoint and an empty XksProxyVpcEndpointServiceName. Use a new host name with a TLS certificate for it: one host name cannot serve both connectivity types in a Region. AWS considers VPC connectivity the more secure option.',
      appliesTo: 'all',
      facts: ['CHG-TO-VPC', 'CHG-TO-PUBLIC', 'CHG-ENDPOINT-MUST-CHANGE', 'CHG-CERT'],
      sources: [updateStore, updateApi],
    },
    {
      id: 'change-same-key-manager',
      text: "Before changing the endpoint, path or connectivity, confirm the new settings lead to the same external key manager (or a backup holding the same keys); otherwise data encrypted under the store's KMS keys can no longer be decrypted.",
      appliesTo: 'all',
      facts: ['CHG-SAME-KEYS'],
      sources: [updateStore, updateApi],
    },
    {
      id: 'change-credential-order',
      text: 'When changing the credential, add the new one on the proxy first (keeping the old one valid), then run UpdateCustomKeyStore, then remove the old one. If the credential changed on the proxy while the store was disconnected, update KMS before connecting.',
      appliesTo: 'all',
      facts: ['CHG-CREDENTIAL-ORDER'],
      sources: [updateStore, guide('xks-connect-disconnect.html')],
    },
    {
      id: 'change-path-live',
      text: 'Before changing XksProxyUriPath on a connected store, confirm the proxy already answers at the new path; otherwise every request fails after the change.',
      appliesTo: 'all',
      facts: ['CHG-PATH-LIVE'],
      sources: [updateApi],
    },
  ],
  notApplicable: {
    'API-EXC-UNREACHABLE': explainer(
      'the endpoint, network, latency and key manager rules check what a plan can show to prevent it',
    ),
    'API-EXC-BAD-CREDENTIAL': explainer(
      'a plan never holds the secret, so only the proxy can tell whether the credential matches',
    ),
    'API-EXC-INVALID-RESPONSE': explainer(
      'a proxy that follows the API specification prevents it (the proxy API checklist items)',
    ),
    'API-EXC-INVALID-CONFIG': explainer(
      'the XksProxyUriPath rules and the endpoint service acceptance rule prevent it',
    ),
    'API-EXC-CREATEKEY': explainer(
      'the planned-key rules and connecting the store before creating keys prevent it',
    ),
    'API-EXC-CRYPTO': explainer(
      'cryptographic calls report every problem on the external key store side as KMSInvalidStateException',
    ),
    'API-DISCONNECT-STATES':
      'Background on the states in which DisconnectCustomKeyStore is refused; no plan value or procedure step depends on it.',
    'CEC-NETWORK_ERRORS': explainer(
      'the endpoint, network and firewall rules check what a plan can show',
    ),
    'CEC-INVALID_CREDENTIALS': explainer(
      'a plan never holds the secret, so a mismatch with the proxy shows only when connecting',
    ),
    'CEC-XKS_PROXY_ACCESS_DENIED': explainer(
      "the proxy's own authorization rules are not part of a plan",
    ),
    'CEC-XKS_PROXY_INVALID_CONFIGURATION': explainer(
      'the XksProxyUriPath rules (format, v1, the path the proxy serves) prevent it',
    ),
    'CEC-XKS_PROXY_INVALID_RESPONSE': explainer(
      'a proxy that follows the API specification prevents it (the proxy API checklist items)',
    ),
    'CEC-XKS_PROXY_INVALID_TLS_CONFIGURATION': explainer(
      'the TLS rules (versions, certificate dates, host name, trusted root CA) prevent it',
    ),
    'CEC-XKS_PROXY_NOT_REACHABLE': explainer(
      'the endpoint, path, network, latency and key manager rules prevent it',
    ),
    'CEC-XKS_PROXY_TIMED_OUT': explainer(
      'the latency and capacity rules (round-trip times, request rates) prevent it',
    ),
    'CEC-CLOUDHSM-ONLY':
      'Connection error codes that only AWS CloudHSM key stores report; nothing to check for an external key store.',
    'CFG-SPEC-TYPO':
      "A typo in the specification's syntax block; the planner reads configuration files as JSON and reports unreadable JSON itself.",
    'CW-SuccessfulRequest':
      'A general KMS metric, not specific to external key stores; no recommended alarm uses it.',
    'SPEC-CDIV':
      'How the proxy computes the ciphertext data integrity value internally; the encrypt and decrypt checklist item covers what KMS checks.',
    'SPEC-AAD-CONSTRUCTION':
      'How the proxy passes authenticated data to its key manager internally; neither KMS nor a plan can observe it.',
  },
};

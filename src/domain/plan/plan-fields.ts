/**
 * Where each place of a plan is asked and what a person calls it: the one table that the wizard
 * (which step shows a finding or an unknown, and under which label) and the report read. The CLI
 * keeps JSON Pointers.
 */
import { parsePointer } from '../engine/json-pointer';

/** The wizard steps that ask for plan values (start, review and export ask for none). */
export type PlanStep =
  'connectivity' | 'basics' | 'network' | 'tls' | 'proxy' | 'keys' | 'operations';

/** The titles of those steps, as the wizard's stepper and headings show them. */
export const planStepTitles: Readonly<Record<PlanStep, string>> = {
  connectivity: 'Connectivity',
  basics: 'Key store basics',
  network: 'Network',
  tls: 'TLS certificate',
  proxy: 'Key manager and proxy',
  keys: 'Keys',
  operations: 'Operations',
};

interface PlanField {
  /** JSON Pointer pattern; `*` stands for an array index. */
  readonly pattern: string;
  readonly step: PlanStep;
  /** `{n}` is the 1-based number of the nearest enclosing list item. */
  readonly label: string;
  /** Another step that shows the place too (e.g. a list summed up on one step, edited on another). */
  readonly alsoOn?: PlanStep;
}

const field = (pattern: string, step: PlanStep, label: string, alsoOn?: PlanStep): PlanField => ({
  pattern,
  step,
  label,
  ...(alsoOn ? { alsoOn } : {}),
});

const alarmLabels = {
  certificateDaysToExpire: 'Certificate expiry alarm',
  proxyLatency: 'Proxy latency alarm',
  retryableErrors: 'Retryable proxy errors alarm',
  nonRetryableErrors: 'Non-retryable proxy errors alarm',
  credentialAge: 'Credential age alarm',
  keyManagerStates: 'Key manager states alarm',
  keyStoreThrottle: 'Key store throttling alarm',
} as const;

const siteFields = (section: string, step: PlanStep, owner: string) => [
  field(`/${section}/site`, step, `${owner} site`),
  field(`/${section}/site/city`, step, `${owner} city or site`),
  field(`/${section}/site/latitude`, step, `${owner} latitude`),
  field(`/${section}/site/longitude`, step, `${owner} longitude`),
];

/** Every place a plan can state, the section places included (for findings about a whole part). */
export const planFields: readonly PlanField[] = [
  field('', 'basics', 'The whole plan'),
  field('/title', 'basics', 'Plan name'),
  field('/region', 'basics', 'AWS Region'),
  field('/accountId', 'basics', 'AWS account ID'),
  field('/keyStore', 'basics', 'Key store'),
  field('/keyStore/CustomKeyStoreName', 'basics', 'Key store name'),
  field('/keyStore/CustomKeyStoreType', 'basics', 'Key store type'),
  field('/keyStore/XksProxyConnectivity', 'connectivity', 'How KMS reaches the proxy'),
  field('/keyStore/XksProxyUriEndpoint', 'basics', 'Proxy URI endpoint'),
  field('/keyStore/XksProxyUriPath', 'basics', 'Proxy URI path'),
  field('/keyStore/XksProxyVpcEndpointServiceName', 'network', 'Endpoint service name'),
  field('/keyStore/XksProxyVpcEndpointServiceOwner', 'network', 'Endpoint service owner account'),
  field('/keyStore/XksProxyAuthenticationCredential', 'basics', 'Proxy authentication credential'),
  field('/keyStore/XksProxyAuthenticationCredential/AccessKeyId', 'basics', 'Access key ID'),
  field(
    '/keyStore/XksProxyAuthenticationCredential/RawSecretAccessKey',
    'basics',
    'Secret access key',
  ),
  field('/existingAliases', 'keys', 'Aliases already in this account and Region'),
  field('/existingAliases/*', 'keys', 'Existing alias {n}'),
  // The statement "no other key stores" is asked on the basics step; the list itself on operations.
  field('/existingKeyStores', 'basics', 'Other custom key stores in this Region', 'operations'),
  field('/existingKeyStores/*', 'operations', 'Existing key store {n}'),
  field('/existingKeyStores/*/CustomKeyStoreName', 'operations', 'Existing key store {n} name'),
  field('/existingKeyStores/*/CustomKeyStoreType', 'operations', 'Existing key store {n} type'),
  field(
    '/existingKeyStores/*/XksProxyConnectivity',
    'operations',
    'Existing key store {n} connectivity',
  ),
  field(
    '/existingKeyStores/*/XksProxyUriEndpoint',
    'operations',
    'Existing key store {n} proxy URI endpoint',
  ),
  field('/existingKeyStores/*/XksProxyUriPath', 'operations', 'Existing key store {n} URI path'),
  field(
    '/existingKeyStores/*/XksProxyVpcEndpointServiceName',
    'operations',
    'Existing key store {n} endpoint service name',
  ),
  field('/existingKeyStores/*/accountId', 'operations', 'Existing key store {n} account'),

  field('/vpc', 'network', 'VPC settings'),
  field('/vpc/vpcId', 'network', 'VPC ID'),
  field('/vpc/cidrBlocks', 'network', 'VPC IPv4 CIDR blocks'),
  field('/vpc/cidrBlocks/*', 'network', 'VPC IPv4 CIDR block {n}'),
  field('/vpc/enableDnsHostnames', 'network', 'DNS hostnames enabled'),
  field('/vpc/enableDnsSupport', 'network', 'DNS resolution enabled'),
  field('/vpc/connectionToProxy', 'network', 'How the VPC reaches the proxy'),
  field('/vpc/subnets', 'network', 'Subnets'),
  field('/vpc/subnets/*', 'network', 'Subnet {n}'),
  field('/vpc/subnets/*/subnetId', 'network', 'Subnet {n} ID'),
  field('/vpc/subnets/*/availabilityZone', 'network', 'Subnet {n} Availability Zone'),
  field('/vpc/subnets/*/cidrBlock', 'network', 'Subnet {n} IPv4 CIDR block'),
  field('/vpc/subnets/*/public', 'network', 'Subnet {n} is public'),

  field('/loadBalancer', 'network', 'Load balancer'),
  field('/loadBalancer/name', 'network', 'Load balancer name'),
  field('/loadBalancer/type', 'network', 'Load balancer type'),
  field('/loadBalancer/scheme', 'network', 'Load balancer scheme'),
  field('/loadBalancer/ipAddressType', 'network', 'Load balancer IP address type'),
  field('/loadBalancer/subnetIds', 'network', 'Subnets of the load balancer'),
  field('/loadBalancer/subnetIds/*', 'network', 'Load balancer subnet {n}'),
  field('/loadBalancer/state', 'network', 'Load balancer state'),
  field('/loadBalancer/listener', 'network', 'Listener'),
  field('/loadBalancer/listener/protocol', 'network', 'Listener protocol'),
  field('/loadBalancer/listener/port', 'network', 'Listener port'),
  field('/loadBalancer/listener/certificateArn', 'network', 'Listener certificate ARN'),
  field('/loadBalancer/targetGroup', 'network', 'Target group'),
  field('/loadBalancer/targetGroup/name', 'network', 'Target group name'),
  field('/loadBalancer/targetGroup/targetType', 'network', 'Target type'),
  field('/loadBalancer/targetGroup/protocol', 'network', 'Target group protocol'),
  field('/loadBalancer/targetGroup/port', 'network', 'Target group port'),
  field('/loadBalancer/targetGroup/ipAddressType', 'network', 'Target IP address type'),
  field('/loadBalancer/targetGroup/vpcId', 'network', 'Target group VPC ID'),
  field('/loadBalancer/targetGroup/healthCheck', 'network', 'Health check'),
  field('/loadBalancer/targetGroup/healthCheck/protocol', 'network', 'Health check protocol'),
  field('/loadBalancer/targetGroup/healthCheck/port', 'network', 'Health check port'),
  field('/loadBalancer/targetGroup/healthCheck/path', 'network', 'Health check path'),
  field('/loadBalancer/targetGroup/targets', 'network', 'Targets'),
  field('/loadBalancer/targetGroup/targets/*', 'network', 'Target {n}'),
  field('/loadBalancer/targetGroup/targets/*/ipAddress', 'network', 'Target {n} IPv4 address'),
  field('/loadBalancer/targetGroup/targets/*/port', 'network', 'Target {n} port'),
  field(
    '/loadBalancer/targetGroup/targets/*/availabilityZone',
    'network',
    'Target {n} Availability Zone',
  ),

  field('/endpointService', 'network', 'Endpoint service'),
  field('/endpointService/serviceType', 'network', 'Endpoint service type'),
  field('/endpointService/acceptanceRequired', 'network', 'Acceptance required'),
  field('/endpointService/allowedPrincipals', 'network', 'Allowed principals'),
  field('/endpointService/allowedPrincipals/*', 'network', 'Allowed principal {n}'),
  field('/endpointService/privateDnsName', 'network', 'Private DNS name'),
  field('/endpointService/verificationDomain', 'network', 'Verification domain'),
  field('/endpointService/domainVerificationState', 'network', 'Domain verification state'),
  field('/endpointService/supportedIpAddressTypes', 'network', 'Supported IP address types'),

  field('/publicEndpoint', 'network', 'Public endpoint'),
  field('/publicEndpoint/ipv4Addresses', 'network', 'Public IPv4 addresses'),
  field('/publicEndpoint/ipv4Addresses/*', 'network', 'Public IPv4 address {n}'),
  field('/publicEndpoint/firewallAllowsTcp443', 'network', 'Firewalls allow IPv4 TCP 443'),

  field('/tls', 'tls', 'TLS'),
  field('/tls/certificateChainPem', 'tls', 'Certificate chain (PEM)'),
  field('/tls/terminatesAt', 'tls', 'Where TLS from KMS ends'),
  field('/tls/certificate', 'tls', 'Server certificate'),
  field('/tls/certificate/subjectCommonName', 'tls', 'Subject common name (CN)'),
  field('/tls/certificate/subjectAlternativeNames', 'tls', 'Subject alternative names (DNS)'),
  field('/tls/certificate/subjectAlternativeNames/*', 'tls', 'Subject alternative name {n}'),
  field('/tls/certificate/notBefore', 'tls', 'Certificate valid from'),
  field('/tls/certificate/notAfter', 'tls', 'Certificate valid until'),
  field('/tls/certificate/rootCa', 'tls', 'Root certificate authority'),
  field('/tls/certificate/servesFullChain', 'tls', 'Sends the intermediate certificates'),
  field('/tls/certificate/keyAlgorithm', 'tls', 'Public key algorithm'),
  field('/tls/certificate/keySize', 'tls', 'Key size'),

  field('/externalKeyManager', 'proxy', 'External key manager'),
  field('/externalKeyManager/vendor', 'proxy', 'Key manager vendor'),
  field('/externalKeyManager/model', 'proxy', 'Key manager product or model'),
  ...siteFields('externalKeyManager', 'proxy', 'Key manager'),
  field('/externalKeyManager/instances', 'proxy', 'Key manager instances'),
  field('/externalKeyManager/instances/*', 'proxy', 'Key manager instance {n}'),
  field('/externalKeyManager/instances/*/id', 'proxy', 'Key manager instance {n} name'),
  field('/externalKeyManager/instances/*/location', 'proxy', 'Key manager instance {n} site'),
  field('/externalKeyManager/sharesKeyMaterial', 'proxy', 'The instances share the same keys'),
  field(
    '/externalKeyManager/supportsAes256Gcm',
    'proxy',
    'Holds 256-bit AES keys and does AES-GCM',
  ),
  field('/externalKeyManager/backups', 'proxy', 'The key material is backed up'),
  field('/externalKeyManager/networkCidrs', 'proxy', "Networks of the key manager's data centre"),
  field('/externalKeyManager/networkCidrs/*', 'proxy', 'Key manager network {n}'),
  field(
    '/externalKeyManager/maxRequestsPerSecond',
    'proxy',
    'Requests per second the key manager can serve',
  ),

  field('/proxy', 'proxy', 'XKS proxy'),
  field('/proxy/vendor', 'proxy', 'Proxy vendor'),
  field('/proxy/product', 'proxy', 'Proxy product'),
  field('/proxy/location', 'connectivity', 'Where the proxy runs'),
  ...siteFields('proxy', 'proxy', 'Proxy'),
  field('/proxy/instances', 'proxy', 'Proxy instances'),
  field('/proxy/instances/*', 'proxy', 'Proxy instance {n}'),
  field('/proxy/instances/*/id', 'proxy', 'Proxy instance {n} name'),
  field('/proxy/instances/*/ipAddress', 'proxy', 'Proxy instance {n} IPv4 address'),
  field('/proxy/instances/*/availabilityZone', 'proxy', 'Proxy instance {n} Availability Zone'),
  field('/proxy/instances/*/location', 'proxy', 'Proxy instance {n} site'),
  field('/proxy/uriPath', 'proxy', 'URI path the proxy serves'),
  field('/proxy/tlsVersions', 'proxy', 'TLS versions the proxy accepts'),
  field('/proxy/cipherSuites', 'proxy', 'Cipher suites the proxy offers'),
  field('/proxy/cipherSuites/*', 'proxy', 'Cipher suite {n}'),
  field('/proxy/conformanceTested', 'proxy', 'Passed the AWS XKS proxy test client'),
  field('/proxy/mtls', 'proxy', 'Mutual TLS'),
  field('/proxy/mtls/enabled', 'proxy', 'The proxy requires a client certificate'),
  field(
    '/proxy/mtls/allowedClientCommonName',
    'proxy',
    'Client certificate common name the proxy accepts',
  ),
  field('/proxy/concurrentCredentials', 'proxy', 'Credentials the proxy accepts at once'),
  field('/proxy/clockSynchronized', 'proxy', 'The proxy clock is kept in sync (NTP)'),
  field(
    '/proxy/dependsOnKeysInThisStore',
    'proxy',
    'The proxy depends on a KMS key in this key store',
  ),
  field(
    '/proxy/headerRewritingInPath',
    'proxy',
    'Something between KMS and the proxy rewrites HTTP headers',
  ),
  field('/proxy/maxRequestsPerSecond', 'proxy', 'Requests per second the proxy fleet can serve'),

  // What `xks-planner probe` observed of a running proxy, shown on "Key manager and proxy".
  field('/observed', 'proxy', 'Probe observations'),
  field('/observed/measuredAt', 'proxy', 'Probed at'),
  field('/observed/measuredFrom', 'proxy', 'Probed from'),
  field('/observed/endpoint', 'proxy', 'Probed endpoint'),
  field('/observed/checks', 'proxy', 'Probe checks'),
  field('/observed/checks/*', 'proxy', 'Probe check {n}'),
  field('/observed/checks/*/id', 'proxy', 'Probe check {n} ID'),
  field('/observed/checks/*/status', 'proxy', 'Probe check {n} status'),
  field('/observed/checks/*/message', 'proxy', 'Probe check {n} message'),
  field('/observed/checks/*/key', 'proxy', 'Probe check {n} key'),
  field('/observed/checks/*/connectionErrorCode', 'proxy', 'Probe check {n} connection error code'),
  field('/observed/checks/*/exception', 'proxy', 'Probe check {n} exception'),
  field('/observed/latency', 'proxy', 'Probed latency'),
  field('/observed/latency/samples', 'proxy', 'Probed latency samples'),
  field('/observed/latency/p50Ms', 'proxy', 'Probed latency, median'),
  field('/observed/latency/p99Ms', 'proxy', 'Probed latency, 99th percentile'),
  field('/observed/tls', 'proxy', 'Probed TLS'),
  field('/observed/tls/version', 'proxy', 'Probed TLS version'),
  field('/observed/tls/cipher', 'proxy', 'Probed TLS cipher'),
  field('/observed/tls/acceptedCipherSuites', 'proxy', 'Cipher suites the probe saw accepted'),
  field('/observed/tls/chainPem', 'proxy', 'Certificate chain the probe saw'),

  field('/keys', 'keys', 'KMS keys'),
  field('/keys/*', 'keys', 'Key {n}'),
  field('/keys/*/XksKeyId', 'keys', 'Key {n} external key ID'),
  field('/keys/*/Description', 'keys', 'Key {n} description'),
  field('/keys/*/AliasName', 'keys', 'Key {n} alias'),
  field('/keys/*/Tags', 'keys', 'Key {n} tags'),
  field('/keys/*/Tags/*', 'keys', 'Tag {n}'),
  field('/keys/*/Tags/*/TagKey', 'keys', 'Tag {n} key'),
  field('/keys/*/Tags/*/TagValue', 'keys', 'Tag {n} value'),
  field('/keys/*/KeySpec', 'keys', 'Key {n} key spec'),
  field('/keys/*/KeyUsage', 'keys', 'Key {n} key usage'),
  field('/keys/*/Origin', 'keys', 'Key {n} origin'),
  field('/keys/*/MultiRegion', 'keys', 'Key {n} multi-Region'),
  field('/keys/*/automaticRotation', 'keys', 'Key {n} automatic rotation'),

  field('/traffic', 'operations', 'Traffic and latency'),
  field('/traffic/peakRequestsPerSecond', 'operations', 'Expected peak requests per second'),
  field('/traffic/roundTripMs', 'operations', 'Round trip between the AWS Region and the proxy'),
  field(
    '/traffic/proxyToKeyManagerMs',
    'operations',
    'Round trip between the proxy and the key manager',
  ),
  field('/traffic/proxyProcessingMs', 'operations', 'Time the proxy itself adds to a request'),
  field(
    '/traffic/keyManagerOperationMs',
    'operations',
    'Time the key manager takes for one encrypt or decrypt',
  ),
  field('/operations', 'operations', 'Go-live and monitoring'),
  field('/operations/goLiveDate', 'operations', 'Go-live date'),
  field('/operations/snsTopicName', 'operations', 'SNS topic for the alarms'),
  field('/operations/alarms', 'operations', 'CloudWatch alarms'),
  ...Object.entries(alarmLabels).flatMap(([key, label]) => [
    field(`/operations/alarms/${key}`, 'operations', label),
    field(`/operations/alarms/${key}/enabled`, 'operations', `Create the ${label.toLowerCase()}`),
    field(`/operations/alarms/${key}/threshold`, 'operations', `${label} threshold`),
  ]),
];

const isIndex = (segment: string) => /^\d+$/.test(segment);

const byPattern = new Map(planFields.map((entry) => [entry.pattern, entry]));

/** The pattern of a pointer: each array index replaced by `*`. */
function patternOf(segments: readonly string[]): string {
  return segments.map((segment) => `/${isIndex(segment) ? '*' : segment}`).join('');
}

export interface FieldInfo {
  readonly step: PlanStep;
  readonly alsoOn?: PlanStep;
  /** What the wizard calls the place, list numbers filled in: "Subnet 2 Availability Zone". */
  readonly label: string;
}

/**
 * The field a JSON Pointer names, or the nearest enclosing one the table knows (so a finding about
 * an unexpected key lands on its section's step). Never throws: a malformed pointer is the plan.
 */
export function fieldOf(pointer: string): FieldInfo {
  let segments: string[];
  try {
    segments = parsePointer(pointer);
  } catch {
    segments = [];
  }
  for (let length = segments.length; length >= 0; length--) {
    const known = byPattern.get(patternOf(segments.slice(0, length)));
    if (!known) continue;
    const indices = segments.slice(0, length).filter(isIndex);
    const number = indices.length > 0 ? Number(indices[indices.length - 1]) + 1 : undefined;
    const label = number === undefined ? known.label : known.label.replace('{n}', String(number));
    return { step: known.step, label, ...(known.alsoOn ? { alsoOn: known.alsoOn } : {}) };
  }
  return byPattern.get('')!;
}

/** "Subnet 2 Availability Zone", for a person; the CLI keeps the pointer. */
export const fieldLabel = (pointer: string): string => fieldOf(pointer).label;

/** "Network → Subnet 2 Availability Zone": a place named for a person who is not on its step. */
export function placeName(pointer: string): string {
  const field = fieldOf(pointer);
  return pointer === '' ? field.label : `${planStepTitles[field.step]} → ${field.label}`;
}

/** How the wizard and the report name a place inside a rule message (`{{/pointer}}`). */
export const quotedPlaceName = (pointer: string): string => `“${placeName(pointer)}”`;

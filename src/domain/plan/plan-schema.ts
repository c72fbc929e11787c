/**
 * THE definition of an XKS plan, version 1. Everything else derives from it: the wizard's form
 * resolver, the rule engine's input type, the share-link decoder, the generators' input, the
 * published JSON Schema (`public/plan.schema.json`) and the example plans.
 *
 * Conventions:
 * - Every section but `version` is optional: a half-finished plan is a valid document, and what is
 *   missing becomes findings of the rule engine, not a parse failure.
 * - Fields named like AWS API parameters (PascalCase) keep AWS's own names and meaning, so
 *   `keyStore` can be fed to `aws kms create-custom-key-store --cli-input-json`. Fields the project
 *   adds are camelCase.
 * - The schema checks structure (types, enums, numbers). The formats of AWS API strings (lengths,
 *   patterns from the KMS API model) are published in the JSON Schema as annotations and judged by
 *   the format rules, which explain what is wrong and cite AWS.
 * - A plan never holds the proxy's `RawSecretAccessKey`.
 */
import { z } from 'zod';
import { kmsEnums, kmsStringShapes, type KmsStringShapeName } from '../aws/kms-api-formats';
import { planIssueMessage } from './plan-issue-messages';
import { calendarDatePattern, instantPattern, refinements } from './plan-refinements';
import { planVersion } from './plan-version';

// zod otherwise probes whether `Function('')` works, which a Content Security Policy without
// 'unsafe-eval' reports as a violation on every page load. Compiling pays off only after about a
// hundred parses: for the CLI's one check a file it made a check slower (measured), and the
// browser, which re-checks, must not compile. Values of the wrong kind or out of range get messages
// in plain words (plan-issue-messages.ts).
z.config({ jitless: true, customError: planIssueMessage });

export { planVersion };

/**
 * A string whose format is an AWS KMS API shape: annotated for JSON Schema, judged by rules.
 * `whenMissing` is the message for a required string that is absent.
 */
function kmsString(shapeName: KmsStringShapeName, description: string, whenMissing?: string) {
  const shape: { min: number; max: number; pattern?: string } = kmsStringShapes[shapeName];
  const string = whenMissing
    ? z.string({ error: (issue) => (issue.input === undefined ? whenMissing : undefined) })
    : z.string();
  return string.meta({
    description: `${description} (KMS API shape ${shapeName})`,
    minLength: shape.min,
    maxLength: shape.max,
    ...(shape.pattern === undefined ? {} : { pattern: shape.pattern }),
  });
}

const text = (description: string, max = 1024) => z.string().max(max).describe(description);
const flag = (description: string) => z.boolean().describe(description);
const count = (description: string) => z.number().int().min(0).max(1_000_000).describe(description);
const port = (description: string) => z.number().int().min(1).max(65535).describe(description);
const list = <T extends z.ZodType>(item: T, description: string, max = 100) =>
  z.array(item).max(max).describe(description);

const accountId = kmsString('AccountIdType', 'A 12-digit AWS account ID');

// The pattern says how to write a date; the refinement, for text written that way, that the day
// (and time) exist. Each gives its own message, and never both for one value.
const calendarDate = z
  .string()
  .regex(calendarDatePattern, 'Write the date as YYYY-MM-DD, e.g. 2027-03-01')
  .refine(
    refinements.dayExists,
    'There is no such day: write a date that exists, as YYYY-MM-DD (e.g. 2027-03-01)',
  )
  .describe('A calendar date, YYYY-MM-DD');

const instant = z
  .string()
  .regex(
    instantPattern,
    'Write the date as YYYY-MM-DD (e.g. 2027-03-01), or a date-time such as 2027-03-01T12:00:00Z',
  )
  .refine(
    refinements.instantExists,
    'There is no such day or time: write one that exists, as YYYY-MM-DD (e.g. 2027-03-01) or 2027-03-01T12:00:00Z',
  )
  .describe('An ISO 8601 date or UTC date-time');

export const keyStoreSchema = z
  .strictObject({
    CustomKeyStoreName: kmsString(
      'CustomKeyStoreNameType',
      'Friendly name of the external key store, unique in the account and Region. It can appear in CloudTrail in plain text.',
    ).optional(),
    CustomKeyStoreType: z
      .enum(kmsEnums.CustomKeyStoreType)
      .describe('Must be EXTERNAL_KEY_STORE for an external key store')
      .optional(),
    XksProxyConnectivity: z
      .enum(kmsEnums.XksProxyConnectivityType)
      .describe('How KMS reaches the proxy: over the internet, or through a VPC endpoint service')
      .optional(),
    XksProxyUriEndpoint: kmsString(
      'XksProxyUriEndpointType',
      'https:// and the host name KMS connects to on port 443. For VPC connectivity: https:// and the endpoint service private DNS name.',
    ).optional(),
    XksProxyUriPath: kmsString(
      'XksProxyUriPathType',
      'Base path of the proxy API: an optional prefix followed by /kms/xks/v1',
    ).optional(),
    XksProxyVpcEndpointServiceName: kmsString(
      'XksProxyVpcEndpointServiceNameType',
      'Name of the VPC endpoint service, VPC connectivity only',
    ).optional(),
    XksProxyVpcEndpointServiceOwner: kmsString(
      'AccountIdType',
      'Account that owns the VPC endpoint service, when it is not the key store account',
    ).optional(),
    XksProxyAuthenticationCredential: z
      .strictObject({
        AccessKeyId: kmsString(
          'XksProxyAuthenticationAccessKeyIdType',
          'Access key ID of the SigV4 credential KMS uses to sign proxy requests. The secret is never part of a plan.',
        ).optional(),
      })
      .describe('The proxy authentication credential, without its secret')
      .optional(),
  })
  .describe(
    'The CreateCustomKeyStore request, with AWS parameter names (the secret access key is added only when the request is sent)',
  );

export const tagSchema = z.strictObject({
  TagKey: kmsString('TagKeyType', 'Tag key', 'a tag needs a key (or remove the tag)'),
  TagValue: kmsString('TagValueType', 'Tag value', 'a tag needs a value'),
});

export const plannedKeySchema = z
  .strictObject({
    XksKeyId: kmsString(
      'XksKeyIdType',
      'ID of the external key in the external key manager that backs this KMS key',
    ).optional(),
    Description: kmsString('DescriptionType', 'Description of the KMS key').optional(),
    AliasName: kmsString('AliasNameType', 'Alias to create for the key, alias/...').optional(),
    Tags: list(tagSchema, 'Tags of the KMS key', 50).optional(),
    KeySpec: z.enum(kmsEnums.KeySpec).describe('Must be SYMMETRIC_DEFAULT').optional(),
    KeyUsage: z.enum(kmsEnums.KeyUsageType).describe('Must be ENCRYPT_DECRYPT').optional(),
    Origin: z.enum(kmsEnums.OriginType).describe('Must be EXTERNAL_KEY_STORE').optional(),
    MultiRegion: flag('Must be false: keys in an external key store are single-Region').optional(),
    automaticRotation: flag(
      'Whether automatic key rotation is planned (not available for keys in an external key store)',
    ).optional(),
  })
  .describe('A KMS key to create in the external key store (CreateKey parameters)');

const subnetSchema = z.strictObject({
  subnetId: text('Subnet ID, e.g. subnet-0abc...', 64).optional(),
  availabilityZone: text('Availability Zone name, e.g. eu-west-1a', 64).optional(),
  cidrBlock: text('IPv4 CIDR block of the subnet', 64).optional(),
  public: flag('True when the subnet routes to an internet gateway').optional(),
});

export const vpcSchema = z
  .strictObject({
    vpcId: text('VPC ID, e.g. vpc-0abc...', 64).optional(),
    cidrBlocks: list(text('IPv4 CIDR block', 64), 'IPv4 CIDR blocks of the VPC', 10).optional(),
    enableDnsHostnames: flag('VPC attribute "Enable DNS hostnames"').optional(),
    enableDnsSupport: flag('VPC attribute "Enable DNS resolution"').optional(),
    subnets: list(subnetSchema, 'Subnets the load balancer uses', 20).optional(),
    connectionToProxy: z
      .enum([
        'same-vpc',
        'direct-connect',
        'site-to-site-vpn',
        'transit-gateway',
        'vpc-peering',
        'none',
      ])
      .describe('How the VPC reaches the proxy when the proxy is not in this VPC')
      .optional(),
  })
  .describe('The VPC that hosts the network load balancer (VPC endpoint service connectivity)');

const healthCheckSchema = z.strictObject({
  protocol: z.enum(['TCP', 'HTTP', 'HTTPS']).describe('Health check protocol').optional(),
  port: port('Health check port').optional(),
  path: text('Health check path for HTTP(S), e.g. /ping', 1024).optional(),
});

const targetSchema = z.strictObject({
  ipAddress: text('Private IPv4 address of a proxy instance', 64).optional(),
  port: port('Port the proxy listens on').optional(),
  availabilityZone: text(
    'Availability Zone of the target, or "all" for an address outside the VPC',
    64,
  ).optional(),
});

export const loadBalancerSchema = z
  .strictObject({
    name: text('Load balancer name', 32).optional(),
    type: z.enum(['network', 'application', 'gateway']).describe('Load balancer type').optional(),
    scheme: z.enum(['internal', 'internet-facing']).describe('Load balancer scheme').optional(),
    ipAddressType: z
      .enum(['ipv4', 'dualstack', 'dualstack-without-public-ipv4'])
      .describe('IP address type of the load balancer')
      .optional(),
    subnetIds: list(
      text('Subnet ID', 64),
      'Subnets the load balancer is attached to',
      20,
    ).optional(),
    state: z
      .enum(['provisioning', 'active', 'active_impaired', 'failed'])
      .describe('Current state, when the load balancer already exists')
      .optional(),
    listener: z
      .strictObject({
        protocol: z.enum(['TCP', 'TLS', 'UDP', 'TCP_UDP']).describe('Listener protocol').optional(),
        port: port('Listener port').optional(),
        certificateArn: text('ACM certificate ARN, for a TLS listener', 2048).optional(),
      })
      .describe('The listener that forwards to the target group')
      .optional(),
    targetGroup: z
      .strictObject({
        name: text('Target group name', 32).optional(),
        targetType: z.enum(['ip', 'instance', 'alb', 'lambda']).describe('Target type').optional(),
        protocol: z
          .enum(['TCP', 'TLS', 'UDP', 'TCP_UDP'])
          .describe('Target group protocol')
          .optional(),
        port: port('Target group port').optional(),
        ipAddressType: z
          .enum(['ipv4', 'ipv6'])
          .describe('IP address type of the targets')
          .optional(),
        vpcId: text('VPC of the target group', 64).optional(),
        healthCheck: healthCheckSchema
          .describe('Health check, as the proxy vendor documents it')
          .optional(),
        targets: list(
          targetSchema,
          'The proxy instances the load balancer forwards to',
          50,
        ).optional(),
      })
      .describe('Target group of the proxy instances')
      .optional(),
  })
  .describe('Network load balancer in front of the proxy (VPC endpoint service connectivity)');

export const endpointServiceSchema = z
  .strictObject({
    serviceType: z
      .enum(['Interface', 'GatewayLoadBalancer'])
      .describe('Endpoint service type')
      .optional(),
    acceptanceRequired: flag('Whether endpoint connections must be accepted by hand').optional(),
    allowedPrincipals: list(
      text('Principal ARN or service principal', 2048),
      'Principals allowed to create endpoints to the service',
      50,
    ).optional(),
    privateDnsName: text('Private DNS name of the endpoint service', 255).optional(),
    verificationDomain: text(
      'Public DNS domain in which the TXT record that proves ownership of the private DNS name is created',
      255,
    ).optional(),
    domainVerificationState: z
      .enum(['verified', 'pendingVerification', 'failed'])
      .describe('Private DNS name verification state')
      .optional(),
    supportedIpAddressTypes: list(
      z.enum(['ipv4', 'ipv6']),
      'Supported IP address types',
      2,
    ).optional(),
  })
  .describe('The VPC endpoint service KMS connects to (VPC endpoint service connectivity)');

export const publicEndpointSchema = z
  .strictObject({
    ipv4Addresses: list(
      text('IPv4 address', 64),
      'Public IPv4 addresses the endpoint host name resolves to',
      20,
    ).optional(),
    firewallAllowsTcp443: flag(
      'Every firewall between the internet and the proxy allows IPv4 TCP 443 in and out',
    ).optional(),
  })
  .describe('Facts about the public endpoint (public endpoint connectivity)');

export const tlsSchema = z
  .strictObject({
    certificateChainPem: text(
      'The server certificate chain KMS is sent, in PEM: the leaf first, then the intermediates, optionally the root (certificates are public)',
      65_536,
    ).optional(),
    terminatesAt: z
      .enum(['proxy', 'load-balancer'])
      .describe(
        'Where TLS from KMS terminates: on the proxy (TCP pass-through) or on a TLS listener',
      )
      .optional(),
    certificate: z
      .strictObject({
        subjectCommonName: text('Subject CN of the server certificate', 255).optional(),
        subjectAlternativeNames: list(
          text('DNS name', 255),
          'DNS names in the SAN extension',
          100,
        ).optional(),
        notBefore: instant.describe('Start of validity').optional(),
        notAfter: instant.describe('End of validity').optional(),
        rootCa: text(
          "Root CA the certificate chains to: alias, subject CN or SHA-256 fingerprint from AWS's trusted list",
          255,
        ).optional(),
        servesFullChain: flag(
          'The server sends the intermediate certificates with the leaf',
        ).optional(),
        keyAlgorithm: z
          .enum(['RSA', 'ECDSA', 'Ed25519'])
          .describe('Public key algorithm')
          .optional(),
        keySize: z.number().int().min(0).max(16384).describe('Key size in bits').optional(),
      })
      .describe('The TLS server certificate KMS sees')
      .optional(),
  })
  .describe('The TLS server side that KMS connects to');

const siteSchema = z
  .strictObject({
    city: text('City or site name', 255).optional(),
    latitude: z
      .number()
      .min(-90)
      .max(90)
      .describe('Latitude in degrees, north positive')
      .optional(),
    longitude: z
      .number()
      .min(-180)
      .max(180)
      .describe('Longitude in degrees, east positive')
      .optional(),
  })
  .describe('Where it is, for the latency estimate: a city, or coordinates');

const locatedInstanceSchema = z.strictObject({
  id: text('Instance name or ID', 255).optional(),
  location: text('Site, city or data centre', 255).optional(),
});

export const externalKeyManagerSchema = z
  .strictObject({
    vendor: text('Vendor', 255).optional(),
    model: text('Product or model', 255).optional(),
    site: siteSchema.optional(),
    instances: list(
      locatedInstanceSchema,
      'Key manager instances (HSMs, cluster nodes)',
      50,
    ).optional(),
    sharesKeyMaterial: flag('The instances share the same keys (a cluster)').optional(),
    supportsAes256Gcm: flag('Holds 256-bit AES keys and does AES-GCM').optional(),
    backups: flag('Key material is backed up so a lost key can be restored').optional(),
    networkCidrs: list(
      text('IPv4 CIDR block', 64),
      'Networks of the data centre that hosts it',
      20,
    ).optional(),
    maxRequestsPerSecond: count(
      'Requests per second it can serve for AWS, on top of other work',
    ).optional(),
  })
  .describe('The external key manager that holds the external keys');

export const proxySchema = z
  .strictObject({
    vendor: text('Vendor', 255).optional(),
    product: text('Product', 255).optional(),
    location: z
      .enum(['this-vpc', 'other-aws-network', 'on-premises', 'other-cloud'])
      .describe('Where the proxy runs')
      .optional(),
    site: siteSchema.optional(),
    instances: list(
      z.strictObject({
        id: text('Instance name or ID', 255).optional(),
        ipAddress: text('IPv4 address', 64).optional(),
        availabilityZone: text('Availability Zone, when in AWS', 64).optional(),
        location: text('Site, city or data centre', 255).optional(),
      }),
      'Proxy instances',
      50,
    ).optional(),
    uriPath: text('The XksProxyUriPath the proxy is configured to serve', 128).optional(),
    tlsVersions: list(
      z.enum(['TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']),
      'TLS versions the proxy accepts',
      4,
    ).optional(),
    cipherSuites: list(
      text('IANA cipher suite name', 128),
      'Cipher suites the proxy offers',
      100,
    ).optional(),
    conformanceTested: flag('The AWS XKS proxy test client passed against this proxy').optional(),
    mtls: z
      .strictObject({
        enabled: flag('The proxy requires a client certificate').optional(),
        allowedClientCommonName: text(
          'Client certificate subject CN the proxy accepts',
          255,
        ).optional(),
      })
      .optional(),
    concurrentCredentials: count(
      'How many credentials the proxy accepts at once per path',
    ).optional(),
    clockSynchronized: flag('The proxy clock is kept in sync (NTP)').optional(),
    dependsOnKeysInThisStore: flag(
      'The proxy or anything it needs is encrypted under a KMS key in this key store',
    ).optional(),
    headerRewritingInPath: flag(
      'Something between KMS and the proxy rewrites HTTP headers (Host, X-Amz-Date, Authorization)',
    ).optional(),
    maxRequestsPerSecond: count('Requests per second the proxy fleet can serve').optional(),
  })
  .describe('The XKS proxy');

export const trafficSchema = z
  .strictObject({
    peakRequestsPerSecond: count(
      'Expected peak cryptographic requests per second on the store, summed over every account using its keys',
    ).optional(),
    roundTripMs: z
      .number()
      .min(0)
      .max(60_000)
      .describe('Measured round-trip time between the AWS Region and the proxy, in milliseconds')
      .optional(),
    proxyToKeyManagerMs: z
      .number()
      .min(0)
      .max(60_000)
      .describe('Measured round-trip time between the proxy and the key manager, in milliseconds')
      .optional(),
    proxyProcessingMs: z
      .number()
      .min(0)
      .max(60_000)
      .describe('Time the proxy itself adds to a request, in milliseconds')
      .optional(),
    keyManagerOperationMs: z
      .number()
      .min(0)
      .max(60_000)
      .describe('Time the key manager takes for one encrypt or decrypt, in milliseconds')
      .optional(),
  })
  .describe('Expected traffic and measured latency');

const alarmSettingSchema = z.strictObject({
  enabled: flag('Create this alarm').optional(),
  threshold: z.number().min(0).max(1_000_000).describe('Alarm threshold').optional(),
});

export const operationsSchema = z
  .strictObject({
    goLiveDate: calendarDate.optional(),
    snsTopicName: text('SNS topic that receives the alarms', 256).optional(),
    alarms: z
      .strictObject({
        certificateDaysToExpire: alarmSettingSchema
          .describe('XksProxyCertificateDaysToExpire below threshold days')
          .optional(),
        proxyLatency: alarmSettingSchema
          .describe('XksProxyLatency average above threshold ms')
          .optional(),
        retryableErrors: alarmSettingSchema
          .describe('Retryable XksProxyErrors per minute above threshold')
          .optional(),
        nonRetryableErrors: alarmSettingSchema
          .describe('Non-retryable XksProxyErrors per minute above threshold')
          .optional(),
        credentialAge: alarmSettingSchema
          .describe('XksProxyCredentialAge above threshold days')
          .optional(),
        keyManagerStates: alarmSettingSchema
          .describe('Key manager instances Degraded or Unavailable above threshold')
          .optional(),
        keyStoreThrottle: alarmSettingSchema
          .describe('ExternalKeyStoreThrottle above threshold')
          .optional(),
      })
      .describe('CloudWatch alarms to create')
      .optional(),
  })
  .describe('Go-live date and monitoring');

export const existingKeyStoreSchema = z
  .strictObject({
    CustomKeyStoreName: z.string().max(256).describe('Name').optional(),
    CustomKeyStoreType: z.enum(kmsEnums.CustomKeyStoreType).describe('Type').optional(),
    XksProxyConnectivity: z
      .enum(kmsEnums.XksProxyConnectivityType)
      .describe('Connectivity')
      .optional(),
    XksProxyUriEndpoint: z.string().max(256).describe('Proxy URI endpoint').optional(),
    XksProxyUriPath: z.string().max(256).describe('Proxy URI path').optional(),
    XksProxyVpcEndpointServiceName: z
      .string()
      .max(256)
      .describe('VPC endpoint service name')
      .optional(),
    accountId: accountId
      .describe(
        'Owning account, when not the plan account (only Region-wide rules use such stores)',
      )
      .optional(),
  })
  .describe('A custom key store that already exists in the Region');

/** What `xks-planner probe` measured on the running proxy (its `--out` result, imported). */
export const observedSchema = z
  .strictObject({
    measuredAt: instant.describe('When the probe ran'),
    measuredFrom: text('Where the probe ran from (host name or what --from said)', 255),
    endpoint: text('The XksProxyUriEndpoint and path that were probed', 512).optional(),
    checks: list(
      z.strictObject({
        id: text('Probe check ID', 64),
        status: z.enum(['pass', 'fail', 'skip']).describe('Outcome of the check'),
        message: text('What the probe saw', 4096).optional(),
        key: text('External key ID the check is about', 128).optional(),
        connectionErrorCode: text('ConnectionErrorCode KMS would report', 64).optional(),
        exception: text('Exception KMS would report', 128).optional(),
      }),
      'The probe checks and their outcomes',
      200,
    ),
    latency: z
      .strictObject({
        samples: count('Signed GetHealthStatus calls measured'),
        p50Ms: z.number().min(0).max(60_000).describe('Median round trip, in milliseconds'),
        p99Ms: z.number().min(0).max(60_000).describe('99th percentile, in milliseconds'),
      })
      .describe('Round trips of signed GetHealthStatus calls')
      .optional(),
    tls: z
      .strictObject({
        version: text('Negotiated TLS version', 32).optional(),
        cipher: text('Negotiated cipher suite', 128).optional(),
        acceptedCipherSuites: list(
          text('IANA cipher suite name', 128),
          'Cipher suites KMS offers that the server accepted',
          10,
        ).optional(),
        chainPem: text('The certificate chain the server presented, in PEM', 65_536).optional(),
      })
      .describe('The TLS session and served chain')
      .optional(),
  })
  .describe(
    'Observations: what `xks-planner probe` measured on the running proxy; the rules judge these over the plan’s own values (never holds a secret)',
  );

export const planSchema = z
  .strictObject({
    $schema: z.string().max(2048).describe('JSON Schema of this file, for editors').optional(),
    version: z.literal(planVersion).describe('Plan file format version'),
    title: text('A name for this plan', 200).optional(),
    region: z
      .string()
      .max(32)
      .meta({
        description: 'AWS Region code of the key store, e.g. eu-west-1',
        pattern: '^[a-z]{2,4}(-[a-z]+)+-\\d+$',
      })
      .optional(),
    accountId: accountId.describe('AWS account that will own the key store').optional(),
    keyStore: keyStoreSchema.optional(),
    vpc: vpcSchema.optional(),
    loadBalancer: loadBalancerSchema.optional(),
    endpointService: endpointServiceSchema.optional(),
    publicEndpoint: publicEndpointSchema.optional(),
    tls: tlsSchema.optional(),
    externalKeyManager: externalKeyManagerSchema.optional(),
    proxy: proxySchema.optional(),
    keys: list(plannedKeySchema, 'KMS keys to create in the store', 1000).optional(),
    traffic: trafficSchema.optional(),
    operations: operationsSchema.optional(),
    observed: observedSchema.optional(),
    existingKeyStores: list(
      existingKeyStoreSchema,
      'Custom key stores that already exist in the same Region (for the uniqueness and quota rules). An empty list states that there are none; leaving it out leaves those rules unknown. `aws kms describe-custom-key-stores --output json` lists them.',
      100,
    ).optional(),
    existingAliases: list(
      text('Alias name, alias/...', 256),
      'Aliases that already exist in the account and Region (an alias names one key only)',
      1000,
    ).optional(),
  })
  .meta({
    title: 'XKS Planner plan',
    description: 'A plan for an AWS KMS external key store (XKS), checked by XKS Planner',
  });

export type Plan = z.infer<typeof planSchema>;
export type KeyStore = z.infer<typeof keyStoreSchema>;
export type Observed = z.infer<typeof observedSchema>;
export type PlannedKey = z.infer<typeof plannedKeySchema>;
export type ExistingKeyStore = z.infer<typeof existingKeyStoreSchema>;
export type Connectivity = (typeof kmsEnums.XksProxyConnectivityType)[number];

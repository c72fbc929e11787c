/**
 * The checks of `xks-planner probe`, in the order AWS KMS meets them when it calls a proxy: name
 * resolution, TCP, TLS, the signed proxy API, the negative cases the XKS proxy API specification
 * requires, and latency. Their ids appear in probe results and in the coverage table.
 */

export const probeCheckIds = [
  'dns-ipv4',
  'tcp-connect',
  'tls-version',
  'tls-cipher-suites',
  'tls-served-chain',
  'tls-chain-trusted-by-kms',
  'api-get-health-status',
  'api-get-key-metadata',
  'api-encrypt-decrypt',
  'negative-wrong-signature',
  'negative-unknown-key',
  'negative-wrong-path',
  'negative-get-method',
  'negative-malformed-body',
  'negative-wrong-aad',
  'latency',
] as const;

export type ProbeCheckId = (typeof probeCheckIds)[number];

/** What each check verifies, in a few words (help text, the report, the coverage table). */
export const probeCheckTitles: Readonly<Record<ProbeCheckId, string>> = {
  'dns-ipv4': 'The endpoint host resolves to an IPv4 address',
  'tcp-connect': 'TCP port 443 accepts a connection',
  'tls-version': 'TLS 1.2 or later is negotiated',
  'tls-cipher-suites': 'At least one cipher suite KMS offers is accepted',
  'tls-served-chain': 'The served certificate chain passes the certificate rules',
  'tls-chain-trusted-by-kms': 'The served chain ends at a root CA on AWS’s trusted list',
  'api-get-health-status': 'GetHealthStatus answers with a well-formed, healthy status',
  'api-get-key-metadata':
    'GetKeyMetadata: AES_256, ENCRYPT and DECRYPT, ENABLED for each planned key',
  'api-encrypt-decrypt':
    'Encrypt then Decrypt with additional authenticated data gives the plaintext back',
  'negative-wrong-signature':
    'A wrong SigV4 signature is refused with AuthenticationFailedException',
  'negative-unknown-key': 'An unknown key is refused with KeyNotFoundException',
  'negative-wrong-path': 'A wrong path is refused with InvalidUriPathException',
  'negative-get-method': 'GET on an API path is refused with 405 Method Not Allowed',
  'negative-malformed-body': 'A body without requestMetadata is refused with ValidationException',
  'negative-wrong-aad':
    'Decrypting with other additional authenticated data gives InvalidCiphertextException',
  latency: 'Signed GetHealthStatus round trips fit in the 250 ms KMS waits',
};

/**
 * The catalogue facts each check verifies live (the coverage table marks them "probe"). A fact
 * the probe verifies may still have rules (the plan's claim) and checklist items (without a probe).
 */
export const probeCheckFacts: Readonly<Record<ProbeCheckId, readonly string[]>> = {
  'dns-ipv4': ['XKS-IPV4-ONLY'],
  'tcp-connect': ['XKS-ENDPOINT-PORT-443', 'PUB-FIREWALL-443'],
  'tls-version': ['XKS-PROXY-TLS-VERSION'],
  'tls-cipher-suites': ['XKS-PROXY-CIPHER-SUITES'],
  'tls-served-chain': [
    'XKS-TLS-CN-MATCH',
    'XKS-TLS-NOT-EXPIRED',
    'XKS-TLS-CHAIN',
    'VPC-CERT-PRIVATE-DNS',
  ],
  'tls-chain-trusted-by-kms': ['XKS-TLS-CA-TRUSTED', 'PUB-CERT'],
  'api-get-health-status': [
    'SPEC-PATHS',
    'SPEC-HEALTH',
    'XKS-PATH-MATCHES-PROXY',
    'XKS-CRED-MISMATCH',
    'API-CONNECT-PRECONDITIONS',
  ],
  'api-get-key-metadata': ['SPEC-GETKEYMETADATA', 'SPEC-REQUEST-METADATA'],
  'api-encrypt-decrypt': ['SPEC-ENCRYPT', 'SPEC-DECRYPT'],
  'negative-wrong-signature': ['SPEC-SIGV4'],
  'negative-unknown-key': ['SPEC-ERROR-CODES'],
  'negative-wrong-path': ['SPEC-ERROR-CODES'],
  'negative-get-method': ['SPEC-GET-405'],
  'negative-malformed-body': ['SPEC-ERROR-CODES'],
  'negative-wrong-aad': ['SPEC-ERROR-CODES'],
  latency: ['XKS-TIMEOUT-250MS', 'XKS-RTT-35MS'],
};

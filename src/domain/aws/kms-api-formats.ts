/**
 * Field formats of the AWS KMS API parameters a plan carries: lengths, patterns and enums.
 *
 * Derived from the AWS KMS API model (botocore `data/kms/2014-11-01/service-2.json`, commit 0e6e240,
 * Aug 2026, Apache-2.0). `scripts/derived-data.test.ts` compares this table with the model in
 * `../shared` whenever that folder is present, so a model update shows up as a failing test.
 */

export interface KmsStringShape {
  /** The shape's name in the API model. */
  readonly shape: string;
  readonly min: number;
  readonly max: number;
  /** The model's regular expression, verbatim (JavaScript syntax is compatible). */
  readonly pattern?: string;
  /** The model marks credential members as sensitive: never echo their values. */
  readonly sensitive?: boolean;
}

export const kmsStringShapes = {
  CustomKeyStoreNameType: { shape: 'CustomKeyStoreNameType', min: 1, max: 256 },
  XksProxyUriEndpointType: {
    shape: 'XksProxyUriEndpointType',
    min: 10,
    max: 128,
    pattern: '^https://[a-zA-Z0-9.-]+$',
  },
  XksProxyUriPathType: {
    shape: 'XksProxyUriPathType',
    min: 10,
    max: 128,
    pattern: '^(/[a-zA-Z0-9\\/_-]+/kms/xks/v\\d{1,2})$|^(/kms/xks/v\\d{1,2})$',
  },
  XksProxyAuthenticationAccessKeyIdType: {
    shape: 'XksProxyAuthenticationAccessKeyIdType',
    min: 20,
    max: 30,
    pattern: '^[A-Z2-7]+$',
    sensitive: true,
  },
  XksProxyAuthenticationRawSecretAccessKeyType: {
    shape: 'XksProxyAuthenticationRawSecretAccessKeyType',
    min: 43,
    max: 64,
    pattern: '^[a-zA-Z0-9\\/+=]+$',
    sensitive: true,
  },
  XksProxyVpcEndpointServiceNameType: {
    shape: 'XksProxyVpcEndpointServiceNameType',
    min: 20,
    max: 64,
    pattern: '^(com|eu)\\.amazonaws\\.vpce\\.([a-z]+-){2,3}\\d+\\.vpce-svc-[0-9a-z]+$',
  },
  AccountIdType: { shape: 'AccountIdType', min: 12, max: 12, pattern: '[0-9]{12}' },
  XksKeyIdType: { shape: 'XksKeyIdType', min: 1, max: 128, pattern: '^[a-zA-Z0-9-_.]+$' },
  DescriptionType: { shape: 'DescriptionType', min: 0, max: 8192 },
  TagKeyType: { shape: 'TagKeyType', min: 1, max: 128 },
  TagValueType: { shape: 'TagValueType', min: 0, max: 256 },
  AliasNameType: { shape: 'AliasNameType', min: 1, max: 256, pattern: '^[a-zA-Z0-9:/_-]+$' },
} as const satisfies Record<string, KmsStringShape>;

export type KmsStringShapeName = keyof typeof kmsStringShapes;

export const kmsEnums = {
  CustomKeyStoreType: ['AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'],
  XksProxyConnectivityType: ['PUBLIC_ENDPOINT', 'VPC_ENDPOINT_SERVICE'],
  KeySpec: [
    'RSA_2048',
    'RSA_3072',
    'RSA_4096',
    'ECC_NIST_P256',
    'ECC_NIST_P384',
    'ECC_NIST_P521',
    'ECC_SECG_P256K1',
    'SYMMETRIC_DEFAULT',
    'HMAC_224',
    'HMAC_256',
    'HMAC_384',
    'HMAC_512',
    'SM2',
    'ML_DSA_44',
    'ML_DSA_65',
    'ML_DSA_87',
    'ECC_NIST_EDWARDS25519',
  ],
  KeyUsageType: ['SIGN_VERIFY', 'ENCRYPT_DECRYPT', 'GENERATE_VERIFY_MAC', 'KEY_AGREEMENT'],
  OriginType: ['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'],
  ConnectionErrorCodeType: [
    'INVALID_CREDENTIALS',
    'CLUSTER_NOT_FOUND',
    'NETWORK_ERRORS',
    'INTERNAL_ERROR',
    'INSUFFICIENT_CLOUDHSM_HSMS',
    'USER_LOCKED_OUT',
    'USER_NOT_FOUND',
    'USER_LOGGED_IN',
    'SUBNET_NOT_FOUND',
    'INSUFFICIENT_FREE_ADDRESSES_IN_SUBNET',
    'XKS_PROXY_ACCESS_DENIED',
    'XKS_PROXY_NOT_REACHABLE',
    'XKS_VPC_ENDPOINT_SERVICE_NOT_FOUND',
    'XKS_PROXY_INVALID_RESPONSE',
    'XKS_PROXY_INVALID_CONFIGURATION',
    'XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION',
    'XKS_PROXY_TIMED_OUT',
    'XKS_PROXY_INVALID_TLS_CONFIGURATION',
  ],
} as const;

/** Why a string fails its API shape, or undefined when the API would accept it. */
export type ShapeViolation =
  | { kind: 'too-short'; min: number; length: number }
  | { kind: 'too-long'; max: number; length: number }
  | { kind: 'pattern'; pattern: string };

const compiledPatterns = new Map<string, RegExp>();

function compiled(pattern: string): RegExp {
  let regex = compiledPatterns.get(pattern);
  if (!regex) {
    regex = new RegExp(pattern);
    compiledPatterns.set(pattern, regex);
  }
  return regex;
}

export function checkKmsString(shape: KmsStringShape, value: string): ShapeViolation | undefined {
  if (value.length < shape.min) return { kind: 'too-short', min: shape.min, length: value.length };
  if (value.length > shape.max) return { kind: 'too-long', max: shape.max, length: value.length };
  if (shape.pattern !== undefined && !compiled(shape.pattern).test(value)) {
    return { kind: 'pattern', pattern: shape.pattern };
  }
  return undefined;
}

export function describeShapeViolation(violation: ShapeViolation): string {
  switch (violation.kind) {
    case 'too-short':
      return `is ${violation.length} characters long; the API needs at least ${violation.min}`;
    case 'too-long':
      return `is ${violation.length} characters long; the API allows at most ${violation.max}`;
    case 'pattern':
      return `does not match the API pattern ${violation.pattern}`;
  }
}

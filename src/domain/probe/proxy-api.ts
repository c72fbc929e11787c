/**
 * The XKS proxy API as a probe speaks it: the paths, the request bodies with the `requestMetadata`
 * the specification marks required for each operation, and the validation of the answers field by
 * field (XKS proxy API specification 1.0.3, "API operations"). A missing or malformed field is an
 * invalid answer to KMS, so it is one here too.
 */
import { decodeBase64, encodeBase64 } from '../encoding/base64';

export const proxyApiSuffix = '/kms/xks/v1';

export type ProxyOperation = 'health' | 'metadata' | 'encrypt' | 'decrypt';

/** The request path of an operation under the plan's XksProxyUriPath. */
export function proxyApiPath(uriPath: string, operation: ProxyOperation, keyId?: string): string {
  const base = uriPath.replace(/\/+$/, '');
  return operation === 'health'
    ? `${base}/health`
    : `${base}/keys/${encodeURIComponent(keyId ?? '')}/${operation}`;
}

/** The identities KMS names in requestMetadata; the probe's are recognisably its own. */
export interface RequestIdentity {
  readonly awsPrincipalArn: string;
  readonly kmsKeyArn: string;
  readonly kmsRequestId: string;
}

export function probeIdentity(
  region: string,
  accountId: string | undefined,
  requestId: string,
): RequestIdentity {
  const account = accountId ?? '111122223333';
  return {
    awsPrincipalArn: `arn:aws:iam::${account}:role/xks-planner-probe`,
    kmsKeyArn: `arn:aws:kms:${region}:${account}:key/00000000-0000-4000-8000-000000000000`,
    kmsRequestId: requestId,
  };
}

export const healthRequest = (identity: RequestIdentity) => ({
  requestMetadata: { kmsRequestId: identity.kmsRequestId, kmsOperation: 'KmsHealthCheck' },
});

export const keyMetadataRequest = (identity: RequestIdentity) => ({
  requestMetadata: {
    awsPrincipalArn: identity.awsPrincipalArn,
    kmsOperation: 'DescribeKey',
    kmsRequestId: identity.kmsRequestId,
  },
});

const cryptoMetadata = (identity: RequestIdentity, kmsOperation: 'Encrypt' | 'Decrypt') => ({
  awsPrincipalArn: identity.awsPrincipalArn,
  kmsKeyArn: identity.kmsKeyArn,
  kmsOperation,
  kmsRequestId: identity.kmsRequestId,
});

/** Standard base64 with padding, as the specification uses. */
export function toBase64(bytes: Uint8Array): string {
  const text = encodeBase64(bytes, 'standard');
  return text + '='.repeat((4 - (text.length % 4)) % 4);
}

/** Padded standard base64 to bytes; undefined when it is not. */
export function fromBase64(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0) return undefined;
  return decodeBase64(text.replace(/={1,2}$/, ''), 'standard');
}

export const encryptRequest = (
  identity: RequestIdentity,
  plaintext: Uint8Array,
  additionalAuthenticatedData: Uint8Array,
) => ({
  requestMetadata: cryptoMetadata(identity, 'Encrypt'),
  plaintext: toBase64(plaintext),
  encryptionAlgorithm: 'AES_GCM',
  additionalAuthenticatedData: toBase64(additionalAuthenticatedData),
});

export interface EncryptAnswer {
  readonly ciphertext: string;
  readonly initializationVector: string;
  readonly authenticationTag: string;
  readonly ciphertextMetadata?: string;
}

/** Decrypt of an Encrypt answer; `ciphertextMetadata` goes back unchanged, as KMS sends it. */
export const decryptRequest = (
  identity: RequestIdentity,
  encrypted: EncryptAnswer,
  additionalAuthenticatedData: Uint8Array,
) => ({
  requestMetadata: cryptoMetadata(identity, 'Decrypt'),
  ciphertext: encrypted.ciphertext,
  ...(encrypted.ciphertextMetadata !== undefined && {
    ciphertextMetadata: encrypted.ciphertextMetadata,
  }),
  encryptionAlgorithm: 'AES_GCM',
  additionalAuthenticatedData: toBase64(additionalAuthenticatedData),
  initializationVector: encrypted.initializationVector,
  authenticationTag: encrypted.authenticationTag,
});

type Json = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const isString = (value: unknown): value is string => typeof value === 'string';

const healthStatuses = ['ACTIVE', 'DEGRADED', 'UNAVAILABLE'] as const;

export interface HealthAnswer {
  /** Why the answer is not the specification's shape; empty when it is. */
  readonly problems: readonly string[];
  readonly fleetSize?: number;
  readonly instances: readonly { readonly id: string; readonly healthStatus: string }[];
  /** Every key manager instance UNAVAILABLE: KMS treats the proxy as unreachable. */
  readonly allUnavailable: boolean;
}

export function readHealthAnswer(body: unknown): HealthAnswer {
  if (!isObject(body))
    return { problems: ['not a JSON object'], instances: [], allUnavailable: false };
  const problems: string[] = [];
  const size = body.xksProxyFleetSize;
  if (!Number.isInteger(size) || (size as number) < 1)
    problems.push('xksProxyFleetSize is not an integer of at least 1');
  for (const field of ['xksProxyVendor', 'xksProxyModel', 'ekmVendor']) {
    if (!isString(body[field])) problems.push(`${field} is missing or not a string`);
  }
  const details = body.ekmFleetDetails;
  const instances: { id: string; healthStatus: string }[] = [];
  if (!Array.isArray(details) || details.length < 1 || details.length > 10) {
    problems.push('ekmFleetDetails is not an array of 1 to 10 instances');
  } else {
    details.forEach((detail: unknown, index) => {
      const entry = isObject(detail) ? detail : {};
      const status = entry.healthStatus;
      if (!isString(entry.id) || !isString(entry.model))
        problems.push(`ekmFleetDetails[${index}] lacks its id or model`);
      if (!isString(status) || !(healthStatuses as readonly string[]).includes(status)) {
        problems.push(`ekmFleetDetails[${index}].healthStatus is not ${healthStatuses.join(', ')}`);
      } else {
        instances.push({ id: isString(entry.id) ? entry.id : `#${index}`, healthStatus: status });
      }
    });
  }
  return {
    problems,
    ...(typeof size === 'number' && { fleetSize: size }),
    instances,
    allUnavailable:
      instances.length > 0 && instances.every(({ healthStatus }) => healthStatus === 'UNAVAILABLE'),
  };
}

export interface KeyMetadataAnswer {
  readonly problems: readonly string[];
  /** Why KMS cannot use the key (CreateKey fails with XksKeyInvalidConfigurationException). */
  readonly unusable: readonly string[];
}

export function readKeyMetadataAnswer(body: unknown): KeyMetadataAnswer {
  if (!isObject(body)) return { problems: ['not a JSON object'], unusable: [] };
  const problems: string[] = [];
  const unusable: string[] = [];
  const { keySpec, keyUsage, keyStatus } = body;
  if (!isString(keySpec)) problems.push('keySpec is missing or not a string');
  else if (keySpec !== 'AES_256') unusable.push(`keySpec is ${keySpec}, not AES_256`);
  if (!Array.isArray(keyUsage) || keyUsage.length > 10 || !keyUsage.every(isString)) {
    problems.push('keyUsage is missing or not an array of at most 10 strings');
  } else {
    for (const usage of ['ENCRYPT', 'DECRYPT']) {
      if (!keyUsage.includes(usage)) unusable.push(`keyUsage lacks ${usage}`);
    }
  }
  if (keyStatus !== 'ENABLED' && keyStatus !== 'DISABLED') {
    problems.push('keyStatus is not ENABLED or DISABLED');
  } else if (keyStatus === 'DISABLED') {
    unusable.push('keyStatus is DISABLED');
  }
  return { problems, unusable };
}

/** Checks an Encrypt answer for a plaintext of `plaintextLength` bytes. */
export function readEncryptAnswer(
  body: unknown,
  plaintextLength: number,
): { readonly problems: readonly string[]; readonly answer?: EncryptAnswer } {
  if (!isObject(body)) return { problems: ['not a JSON object'] };
  const problems: string[] = [];
  const bytes = (field: string, allowed: (length: number) => boolean, expected: string) => {
    const value = body[field];
    const decoded = isString(value) ? fromBase64(value) : undefined;
    if (decoded === undefined) problems.push(`${field} is missing or not base64`);
    else if (!allowed(decoded.length))
      problems.push(`${field} is ${decoded.length} bytes, not ${expected}`);
    return value as string;
  };
  const ciphertext = bytes('ciphertext', (n) => n === plaintextLength, `${plaintextLength}`);
  const initializationVector = bytes(
    'initializationVector',
    (n) => n === 12 || n === 16,
    '12 or 16',
  );
  const authenticationTag = bytes('authenticationTag', (n) => n === 16, '16');
  const metadata = body.ciphertextMetadata;
  if (metadata !== undefined) bytes('ciphertextMetadata', (n) => n <= 20, 'at most 20');
  if (problems.length > 0) return { problems };
  return {
    problems,
    answer: {
      ciphertext,
      initializationVector,
      authenticationTag,
      ...(isString(metadata) && { ciphertextMetadata: metadata }),
    },
  };
}

/** The plaintext bytes of a Decrypt answer, or why there are none. */
export function readDecryptAnswer(body: unknown): { problem: string } | { plaintext: Uint8Array } {
  const value = isObject(body) ? body.plaintext : undefined;
  const plaintext = isString(value) ? fromBase64(value) : undefined;
  return plaintext === undefined
    ? { problem: 'plaintext is missing or not base64' }
    : { plaintext };
}

/** The `errorName` of the specification's error body, when the body is one. */
export function errorNameOf(body: unknown): string | undefined {
  return isObject(body) && isString(body.errorName) ? body.errorName : undefined;
}

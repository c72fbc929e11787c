/**
 * A fresh proxy authentication credential, made in the browser from `crypto.getRandomValues`.
 *
 * - Access key ID: 26 characters of RFC 4648 base32 (A–Z, 2–7), 130 random bits. The KMS API wants
 *   20 to 30 characters matching ^[A-Z2-7]+$.
 * - Secret access key: base64 of 32 random bytes (256 bits, 44 characters), as the XKS proxy API
 *   specification suggests. The KMS API wants 43 to 64 characters matching ^[a-zA-Z0-9/+=]+$.
 *
 * Both are mapped from whole bytes without rejection sampling: every 5 bits make one base32
 * character and every 6 bits one base64 character, so each character is uniformly distributed.
 */

export interface ProxyCredential {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

/** Fills the array with random bytes; `crypto.getRandomValues` unless a test supplies another. */
export type RandomBytes = (bytes: Uint8Array) => void;

const base32Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const accessKeyIdLength = 26;
export const secretByteLength = 32;

/** IAM access key IDs start like this; a proxy credential should never look like one. */
const iamPrefix = /^(AKIA|ASIA)/;

const systemRandom: RandomBytes = (bytes) => {
  crypto.getRandomValues(bytes);
};

function randomBytes(length: number, random: RandomBytes): Uint8Array {
  const bytes = new Uint8Array(length);
  random(bytes);
  return bytes;
}

/** Base32 (A–Z, 2–7) of the bytes' bits, `length` characters, 5 bits each, no padding. */
export function base32(bytes: Uint8Array, length: number): string {
  if (bytes.length * 8 < length * 5) throw new RangeError('Not enough bytes for the length');
  let text = '';
  let buffer = 0;
  let bits = 0;
  let index = 0;
  while (text.length < length) {
    if (bits < 5) {
      buffer = ((buffer << 8) | (bytes[index++] as number)) & 0xfff;
      bits += 8;
    }
    bits -= 5;
    text += base32Alphabet[(buffer >> bits) & 31];
  }
  return text;
}

/** Standard base64 with padding. */
export function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function generateAccessKeyId(random: RandomBytes = systemRandom): string {
  const byteCount = Math.ceil((accessKeyIdLength * 5) / 8);
  for (;;) {
    const id = base32(randomBytes(byteCount, random), accessKeyIdLength);
    // About one ID in a million would start like an IAM key; draw again rather than alarm anyone.
    if (!iamPrefix.test(id)) return id;
  }
}

export function generateSecretAccessKey(random: RandomBytes = systemRandom): string {
  return base64(randomBytes(secretByteLength, random));
}

export function generateCredential(random: RandomBytes = systemRandom): ProxyCredential {
  return {
    accessKeyId: generateAccessKeyId(random),
    secretAccessKey: generateSecretAccessKey(random),
  };
}

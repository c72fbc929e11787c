import { describe, expect, it } from 'vitest';
import { checkKmsString, kmsStringShapes } from '@/domain/aws/kms-api-formats';
import {
  base32,
  base64,
  generateAccessKeyId,
  generateCredential,
  generateSecretAccessKey,
  type RandomBytes,
} from './generate-credential';

/** A "random" source that always gives the same bytes, for exact expectations. */
const fixed =
  (...values: number[]): RandomBytes =>
  (bytes) => {
    for (let index = 0; index < bytes.length; index++)
      bytes[index] = values[index % values.length]!;
  };

describe('generateCredential', () => {
  it('makes a 26-character access key ID from A-Z and 2-7', () => {
    const { accessKeyId } = generateCredential();
    expect(accessKeyId).toHaveLength(26);
    expect(accessKeyId).toMatch(/^[A-Z2-7]{26}$/);
  });

  it('makes a secret of base64 of 32 bytes: 44 characters', () => {
    const { secretAccessKey } = generateCredential();
    expect(secretAccessKey).toHaveLength(44);
    expect(secretAccessKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secretAccessKey, 'base64')).toHaveLength(32);
  });

  it('passes the KMS API formats of both credential members', () => {
    for (let round = 0; round < 200; round++) {
      const { accessKeyId, secretAccessKey } = generateCredential();
      expect(
        checkKmsString(kmsStringShapes.XksProxyAuthenticationAccessKeyIdType, accessKeyId),
      ).toBeUndefined();
      expect(
        checkKmsString(
          kmsStringShapes.XksProxyAuthenticationRawSecretAccessKeyType,
          secretAccessKey,
        ),
      ).toBeUndefined();
    }
  });

  it('differs from call to call', () => {
    const first = generateCredential();
    const second = generateCredential();
    expect(second.accessKeyId).not.toBe(first.accessKeyId);
    expect(second.secretAccessKey).not.toBe(first.secretAccessKey);
    expect(first.secretAccessKey).not.toContain(first.accessKeyId);
  });

  it('uses every character of the alphabets over many draws', () => {
    const idCharacters = new Set<string>();
    const secretCharacters = new Set<string>();
    for (let round = 0; round < 300; round++) {
      for (const character of generateAccessKeyId()) idCharacters.add(character);
      for (const character of generateSecretAccessKey().slice(0, 42))
        secretCharacters.add(character);
    }
    expect(idCharacters.size).toBe(32);
    expect(secretCharacters.size).toBe(64);
  });

  it('never gives an access key ID that starts like an IAM key', () => {
    // Bytes whose base32 starts with AKIA: A=0, K=10, I=8, A=0 -> 00000 01010 01000 00000.
    let calls = 0;
    const iamFirst: RandomBytes = (bytes) => {
      calls++;
      if (calls === 1) {
        bytes.set([0b00000010, 0b10010000, 0b00000000]);
        return;
      }
      bytes.fill(0xff);
    };
    const id = generateAccessKeyId(iamFirst);
    expect(calls).toBe(2);
    expect(id).toBe('7'.repeat(26));
  });
});

describe('base32', () => {
  it('maps 5 bits to one character (RFC 4648 alphabet)', () => {
    // RFC 4648 test vector: BASE32("fooba") = "MZXW6YTB".
    expect(base32(new TextEncoder().encode('fooba'), 8)).toBe('MZXW6YTB');
    expect(base32(new Uint8Array(5), 8)).toBe('AAAAAAAA');
  });

  it('refuses to make more characters than the bytes carry', () => {
    expect(() => base32(new Uint8Array(2), 4)).toThrow(RangeError);
  });
});

describe('base64', () => {
  it('is standard base64 with padding', () => {
    expect(base64(new TextEncoder().encode('foobar'))).toBe('Zm9vYmFy');
    expect(generateSecretAccessKey(fixed(0xff))).toBe(`${'/'.repeat(42)}8=`);
  });
});

import { describe, expect, it } from 'vitest';
import { percentile } from './probe-result';
import {
  fromBase64,
  proxyApiPath,
  readEncryptAnswer,
  readHealthAnswer,
  readKeyMetadataAnswer,
  toBase64,
} from './proxy-api';

const base64 = (length: number) => toBase64(new Uint8Array(length));

describe('the proxy API shapes', () => {
  it('builds the paths under the plan XksProxyUriPath', () => {
    expect(proxyApiPath('/a/kms/xks/v1', 'health')).toBe('/a/kms/xks/v1/health');
    expect(proxyApiPath('/a/kms/xks/v1', 'encrypt', 'key-1')).toBe(
      '/a/kms/xks/v1/keys/key-1/encrypt',
    );
  });

  it('round-trips padded standard base64', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 251]);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(fromBase64(Buffer.from(bytes).toString('base64'))).toEqual(bytes);
    expect(fromBase64('abc')).toBeUndefined();
  });

  const health = {
    xksProxyFleetSize: 2,
    xksProxyVendor: 'v',
    xksProxyModel: 'm',
    ekmVendor: 'e',
    ekmFleetDetails: [{ id: 'a', model: 'x', healthStatus: 'ACTIVE' }],
  };

  it('reads GetHealthStatus answers field by field', () => {
    expect(readHealthAnswer(health)).toMatchObject({
      problems: [],
      fleetSize: 2,
      allUnavailable: false,
    });
    expect(readHealthAnswer({ ...health, xksProxyFleetSize: 0 }).problems).toEqual([
      'xksProxyFleetSize is not an integer of at least 1',
    ]);
    expect(readHealthAnswer({ ...health, ekmFleetDetails: [] }).problems).toEqual([
      'ekmFleetDetails is not an array of 1 to 10 instances',
    ]);
    expect(
      readHealthAnswer({
        ...health,
        ekmFleetDetails: [{ id: 'a', model: 'x', healthStatus: 'UNAVAILABLE' }],
      }).allUnavailable,
    ).toBe(true);
    expect(readHealthAnswer('text').problems).toEqual(['not a JSON object']);
  });

  it('tells a malformed GetKeyMetadata answer from a key KMS cannot use', () => {
    const usable = { keySpec: 'AES_256', keyUsage: ['ENCRYPT', 'DECRYPT'], keyStatus: 'ENABLED' };
    expect(readKeyMetadataAnswer(usable)).toEqual({ problems: [], unusable: [] });
    expect(readKeyMetadataAnswer({ ...usable, keyStatus: undefined }).problems).toEqual([
      'keyStatus is not ENABLED or DISABLED',
    ]);
    expect(
      readKeyMetadataAnswer({ keySpec: 'RSA_2048', keyUsage: ['ENCRYPT'], keyStatus: 'DISABLED' })
        .unusable,
    ).toEqual([
      'keySpec is RSA_2048, not AES_256',
      'keyUsage lacks DECRYPT',
      'keyStatus is DISABLED',
    ]);
  });

  it('checks the lengths of an Encrypt answer', () => {
    const answer = {
      ciphertext: base64(5),
      initializationVector: base64(12),
      authenticationTag: base64(16),
    };
    expect(readEncryptAnswer(answer, 5).answer).toEqual(answer);
    expect(readEncryptAnswer({ ...answer, initializationVector: base64(8) }, 5).problems).toEqual([
      'initializationVector is 8 bytes, not 12 or 16',
    ]);
    expect(readEncryptAnswer({ ...answer, ciphertextMetadata: base64(21) }, 6).problems).toEqual([
      'ciphertext is 5 bytes, not 6',
      'ciphertextMetadata is 21 bytes, not at most 20',
    ]);
  });

  it('takes nearest-rank percentiles', () => {
    expect(percentile([], 50)).toBeUndefined();
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(percentile([5, 1, 3, 2, 4], 99)).toBe(5);
    expect(percentile([7], 1)).toBe(7);
  });
});

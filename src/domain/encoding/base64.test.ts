import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from './base64';

describe('base64', () => {
  it('encodes as Node does, without padding, in both alphabets', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const node = Buffer.from(bytes);
        expect(encodeBase64(bytes, 'standard')).toBe(node.toString('base64').replace(/=+$/, ''));
        expect(encodeBase64(bytes, 'url')).toBe(node.toString('base64url'));
      }),
    );
  });

  it('decodes what it encodes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 64 }),
        fc.constantFrom('standard', 'url'),
        (bytes, alphabet) => {
          expect(decodeBase64(encodeBase64(bytes, alphabet), alphabet)).toEqual(bytes);
        },
      ),
    );
  });

  it('refuses characters of the other alphabet and impossible lengths', () => {
    expect(decodeBase64('ab+/', 'url')).toBeUndefined();
    expect(decodeBase64('ab-_', 'standard')).toBeUndefined();
    expect(decodeBase64('abcde', 'standard')).toBeUndefined();
    expect(decodeBase64('ab=c', 'standard')).toBeUndefined();
  });
});

/**
 * Base64 without the platform: the domain runs in browsers and Node alike, where `atob` throws on
 * bad input and Buffer does not exist. Decoding answers undefined for anything that is not base64
 * of the chosen alphabet, so callers can say which input was wrong.
 */

const alphabets = {
  /** RFC 4648 §4, as in PEM. */
  standard: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  /** RFC 4648 §5, safe in URLs. */
  url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
} as const;

export type Base64Alphabet = keyof typeof alphabets;

const values = {
  standard: new Map([...alphabets.standard].map((character, index) => [character, index])),
  url: new Map([...alphabets.url].map((character, index) => [character, index])),
};

/** Encodes bytes without padding (the length tells where the data ends). */
export function encodeBase64(bytes: Uint8Array, alphabet: Base64Alphabet): string {
  const characters = alphabets[alphabet];
  let text = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const chunk = (bytes[index]! << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    const count = Math.min(4, Math.ceil(((bytes.length - index) * 8) / 6));
    for (let position = 0; position < count; position++) {
      text += characters[(chunk >> (18 - 6 * position)) & 63];
    }
  }
  return text;
}

/** Decodes unpadded base64 of the alphabet; undefined for a character outside it or a bad length. */
export function decodeBase64(
  text: string,
  alphabet: Base64Alphabet,
): Uint8Array<ArrayBuffer> | undefined {
  if (text.length % 4 === 1) return undefined;
  const sextets = values[alphabet];
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (const character of text) {
    const value = sextets.get(character);
    if (value === undefined) return undefined;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[written++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}

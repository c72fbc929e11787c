/**
 * A minimal DER reader for the few structures @peculiar/asn1-x509 leaves as raw bytes: the RSA
 * public key (for its modulus size), ECDSA signatures (WebCrypto wants r||s, not DER) and RSA-PSS
 * parameters. Throws on malformed input; callers treat that as "cannot tell".
 */
export interface DerElement {
  readonly tag: number;
  /** The element's contents, without tag and length. */
  readonly content: Uint8Array;
}

function readElement(bytes: Uint8Array, offset: number): DerElement & { readonly end: number } {
  const tag = bytes[offset];
  let length = bytes[offset + 1];
  if (tag === undefined || length === undefined) throw new Error('truncated DER');
  let contentStart = offset + 2;
  if (length & 0x80) {
    const lengthBytes = length & 0x7f;
    if (lengthBytes === 0 || lengthBytes > 4) throw new Error('unsupported DER length');
    length = 0;
    for (let index = 0; index < lengthBytes; index++) {
      const byte = bytes[contentStart + index];
      if (byte === undefined) throw new Error('truncated DER');
      length = length * 256 + byte;
    }
    contentStart += lengthBytes;
  }
  const end = contentStart + length;
  if (end > bytes.length) throw new Error('truncated DER');
  return { tag, content: bytes.subarray(contentStart, end), end };
}

/** The elements of a constructed element's contents (a SEQUENCE's fields). */
export function readChildren(content: Uint8Array): DerElement[] {
  const children: DerElement[] = [];
  for (let offset = 0; offset < content.length;) {
    const { end, ...element } = readElement(content, offset);
    children.push(element);
    offset = end;
  }
  return children;
}

/** The one element that `bytes` encodes. */
export function readDer(bytes: Uint8Array): DerElement {
  const { end, ...element } = readElement(bytes, 0);
  if (end !== bytes.length) throw new Error('trailing bytes after DER element');
  return element;
}

/** An unsigned INTEGER's magnitude, without the sign-padding leading zeros. */
export function unsignedInteger(content: Uint8Array): Uint8Array {
  let start = 0;
  while (start < content.length - 1 && content[start] === 0) start++;
  return content.subarray(start);
}

/** Bit length of an unsigned big-endian integer. */
export function bitLength(magnitude: Uint8Array): number {
  const first = magnitude[0] ?? 0;
  return first === 0 ? 0 : (magnitude.length - 1) * 8 + (32 - Math.clz32(first));
}

export function toHex(bytes: Uint8Array | ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The part of WebCrypto (`globalThis.crypto.subtle`, in browsers and Node 20) the chain analysis
 * uses. Declared here because the domain is compiled without the DOM library.
 */
import type { PublicKeyFacts } from './chain-types';
import { readChildren, readDer, unsignedInteger } from './der';
import type { SignatureScheme } from './signature-algorithms';

type Bytes = Uint8Array<ArrayBuffer>;

interface Subtle {
  digest(algorithm: string, data: Bytes): Promise<ArrayBuffer>;
  importKey(
    format: 'spki',
    keyData: Bytes,
    algorithm: Record<string, string>,
    extractable: boolean,
    usages: readonly string[],
  ): Promise<unknown>;
  verify(
    algorithm: Record<string, string | number>,
    key: unknown,
    signature: Bytes,
    data: Bytes,
  ): Promise<boolean>;
}

function subtle(): Subtle {
  const crypto = (globalThis as unknown as { crypto?: { subtle?: Subtle } }).crypto;
  if (!crypto?.subtle) throw new Error('WebCrypto (crypto.subtle) is not available');
  return crypto.subtle;
}

export async function sha256(data: Bytes): Promise<Uint8Array> {
  return new Uint8Array(await subtle().digest('SHA-256', data));
}

/** Curve sizes in bytes, for turning a DER ECDSA signature into WebCrypto's r||s. */
const coordinateBytes: Readonly<Record<string, number>> = { 'P-256': 32, 'P-384': 48, 'P-521': 66 };

/** ECDSA-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER } as fixed-size r||s. */
function rawEcdsaSignature(der: Uint8Array, size: number): Bytes {
  const [r, s] = readChildren(readDer(der).content).map((integer) =>
    unsignedInteger(integer.content),
  );
  if (!r || !s || r.length > size || s.length > size) throw new Error('malformed ECDSA signature');
  const raw = new Uint8Array(size * 2);
  raw.set(r, size - r.length);
  raw.set(s, size * 2 - s.length);
  return raw;
}

/**
 * Whether `signature` over `data` verifies with the issuer's public key (its DER
 * SubjectPublicKeyInfo). `unsupported` when the key or algorithm is one WebCrypto here lacks.
 */
export async function verifySignature(
  scheme: SignatureScheme,
  issuerKey: { readonly spki: Bytes; readonly facts: PublicKeyFacts },
  signature: Bytes,
  data: Bytes,
): Promise<'valid' | 'invalid' | 'unsupported'> {
  const family = scheme.name.startsWith('RSA') ? 'RSA' : scheme.name;
  // A signature the next certificate's key cannot have made (an RSA signature under an EC key).
  if (issuerKey.facts.algorithm !== family) return 'invalid';
  const crypto = subtle();
  let key: unknown;
  let signatureBytes = signature;
  let verifyAlgorithm: Record<string, string | number>;
  try {
    if (scheme.name === 'ECDSA') {
      const curve = issuerKey.facts.curve;
      const size = curve === undefined ? undefined : coordinateBytes[curve];
      if (curve === undefined || size === undefined) return 'unsupported';
      key = await crypto.importKey(
        'spki',
        issuerKey.spki,
        { name: 'ECDSA', namedCurve: curve },
        false,
        ['verify'],
      );
      verifyAlgorithm = { name: 'ECDSA', hash: scheme.hash };
      try {
        signatureBytes = rawEcdsaSignature(signature, size);
      } catch {
        return 'invalid';
      }
    } else if (scheme.name === 'Ed25519') {
      key = await crypto.importKey('spki', issuerKey.spki, { name: 'Ed25519' }, false, ['verify']);
      verifyAlgorithm = { name: 'Ed25519' };
    } else {
      key = await crypto.importKey(
        'spki',
        issuerKey.spki,
        { name: scheme.name, hash: scheme.hash },
        false,
        ['verify'],
      );
      verifyAlgorithm =
        scheme.name === 'RSA-PSS'
          ? { name: 'RSA-PSS', saltLength: scheme.saltLength }
          : { name: scheme.name };
    }
  } catch {
    // The key does not suit the algorithm, or this WebCrypto does not implement it.
    return 'unsupported';
  }
  try {
    return (await crypto.verify(verifyAlgorithm, key, signatureBytes, data)) ? 'valid' : 'invalid';
  } catch {
    return 'invalid';
  }
}

/**
 * The X.509 signature and key algorithms the chain analysis knows, with the WebCrypto parameters
 * that verify them. Object identifiers from RFC 3279, RFC 4055, RFC 5758 and RFC 8410.
 */
import type { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import { readChildren, readDer, toHex } from './der';

export type HashName = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

/** How WebCrypto verifies a signature: the key import algorithm and the verify algorithm. */
export type SignatureScheme =
  | { readonly name: 'RSASSA-PKCS1-v1_5'; readonly hash: HashName }
  | { readonly name: 'RSA-PSS'; readonly hash: HashName; readonly saltLength: number }
  | { readonly name: 'ECDSA'; readonly hash: HashName }
  | { readonly name: 'Ed25519' };

const pkcs1: Readonly<Record<string, HashName>> = {
  '1.2.840.113549.1.1.5': 'SHA-1',
  '1.2.840.113549.1.1.11': 'SHA-256',
  '1.2.840.113549.1.1.12': 'SHA-384',
  '1.2.840.113549.1.1.13': 'SHA-512',
};
const ecdsa: Readonly<Record<string, HashName>> = {
  '1.2.840.10045.4.1': 'SHA-1',
  '1.2.840.10045.4.3.2': 'SHA-256',
  '1.2.840.10045.4.3.3': 'SHA-384',
  '1.2.840.10045.4.3.4': 'SHA-512',
};
const rsaPss = '1.2.840.113549.1.1.10';
const ed25519 = '1.3.101.112';

/** DER of the hash algorithm OIDs (without tag and length) as they appear in RSA-PSS parameters. */
const hashByOidHex: Readonly<Record<string, HashName>> = {
  '2b0e03021a': 'SHA-1',
  '608648016503040201': 'SHA-256',
  '608648016503040202': 'SHA-384',
  '608648016503040203': 'SHA-512',
};

/** RSASSA-PSS-params (RFC 4055): [0] hash algorithm (default SHA-1), [2] salt length (default 20). */
function pssScheme(parameters: ArrayBuffer | null | undefined): SignatureScheme | undefined {
  let hash: HashName | undefined = 'SHA-1';
  let saltLength = 20;
  if (parameters) {
    for (const field of readChildren(readDer(new Uint8Array(parameters)).content)) {
      if (field.tag === 0xa0) {
        const [oid] = readChildren(readChildren(field.content)[0]?.content ?? new Uint8Array());
        hash = oid ? hashByOidHex[toHex(oid.content)] : undefined;
      } else if (field.tag === 0xa2) {
        const [integer] = readChildren(field.content);
        saltLength = [...(integer?.content ?? [])].reduce((value, byte) => value * 256 + byte, 0);
      }
    }
  }
  return hash === undefined ? undefined : { name: 'RSA-PSS', hash, saltLength };
}

/** The WebCrypto scheme of a certificate's signature algorithm; undefined when unsupported. */
export function signatureScheme(algorithm: AlgorithmIdentifier): SignatureScheme | undefined {
  const oid = algorithm.algorithm;
  const pkcs1Hash = pkcs1[oid];
  if (pkcs1Hash) return { name: 'RSASSA-PKCS1-v1_5', hash: pkcs1Hash };
  const ecdsaHash = ecdsa[oid];
  if (ecdsaHash) return { name: 'ECDSA', hash: ecdsaHash };
  if (oid === ed25519) return { name: 'Ed25519' };
  if (oid === rsaPss) {
    try {
      return pssScheme(algorithm.parameters);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The signature algorithm in words, for the summary. */
export function describeSignatureAlgorithm(algorithm: AlgorithmIdentifier): string {
  const scheme = signatureScheme(algorithm);
  if (!scheme) return `algorithm ${algorithm.algorithm}`;
  switch (scheme.name) {
    case 'RSASSA-PKCS1-v1_5':
      return `RSA PKCS #1 v1.5 with ${scheme.hash}`;
    case 'RSA-PSS':
      return `RSA-PSS with ${scheme.hash}`;
    case 'ECDSA':
      return `ECDSA with ${scheme.hash}`;
    case 'Ed25519':
      return 'Ed25519';
  }
}

/**
 * Reads a pasted PEM certificate chain with @peculiar/asn1-x509 (synchronously; no WebCrypto):
 * what each certificate says, and what in the text is not a certificate.
 */
import { AsnConvert } from '@peculiar/asn1-schema';
import {
  AuthorityKeyIdentifier,
  BasicConstraints,
  Certificate,
  SubjectAlternativeName,
  SubjectKeyIdentifier,
  id_ce_authorityKeyIdentifier,
  id_ce_basicConstraints,
  id_ce_subjectAltName,
  id_ce_subjectKeyIdentifier,
  type AlgorithmIdentifier,
  type SubjectPublicKeyInfo,
} from '@peculiar/asn1-x509';
import type { CertificateFacts, PemProblem, PublicKeyFacts } from './chain-types';
import { bitLength, readChildren, readDer, toHex, unsignedInteger } from './der';
import {
  attributeValue,
  commonNameType,
  formatName,
  nameAttributes,
  nameKey,
  type NameAttribute,
} from './distinguished-name';
import { decodeBase64Body, pemBlocks, strayPemText } from './pem';
import { describeSignatureAlgorithm } from './signature-algorithms';

/** A certificate as read, with the raw parts that verifying its signature needs. */
export interface ParsedCertificate {
  readonly facts: CertificateFacts;
  readonly der: Uint8Array<ArrayBuffer>;
  /** The signed part (TBSCertificate), its signature and algorithm. */
  readonly signed: Uint8Array<ArrayBuffer>;
  readonly signature: Uint8Array<ArrayBuffer>;
  readonly signatureAlgorithm: AlgorithmIdentifier;
  /** DER SubjectPublicKeyInfo, as WebCrypto imports it. */
  readonly spki: Uint8Array<ArrayBuffer>;
  /** The subject and issuer as comparable keys (see nameKey). */
  readonly subjectKey: string;
  readonly issuerKey: string;
  /** The issuer's attributes, to match a root of AWS's list by name. */
  readonly issuerAttributes: readonly NameAttribute[];
}

export interface ParsedChain {
  readonly certificates: readonly ParsedCertificate[];
  readonly problems: readonly PemProblem[];
}

const certificateLabels: ReadonlySet<string> = new Set(['CERTIFICATE', 'X509 CERTIFICATE']);
const privateKeyLabel = /PRIVATE KEY/;

const rsaEncryption = '1.2.840.113549.1.1.1';
const rsaPssKey = '1.2.840.113549.1.1.10';
const ecPublicKey = '1.2.840.10045.2.1';
/** Named curves by the hex of their DER OID (the EC key's parameters). */
const curves: Readonly<Record<string, { name: string; bits: number }>> = {
  '06082a8648ce3d030107': { name: 'P-256', bits: 256 },
  '06052b81040022': { name: 'P-384', bits: 384 },
  '06052b81040023': { name: 'P-521', bits: 521 },
};
const otherKeys: Readonly<Record<string, PublicKeyFacts>> = {
  '1.3.101.112': { algorithm: 'Ed25519', bits: 256, description: 'Ed25519' },
  '1.3.101.113': { algorithm: 'Ed448', bits: 456, description: 'Ed448' },
  '1.2.840.10040.4.1': { algorithm: 'DSA', description: 'DSA' },
};

function publicKeyFacts(info: SubjectPublicKeyInfo): PublicKeyFacts {
  const oid = info.algorithm.algorithm;
  if (oid === rsaEncryption || oid === rsaPssKey) {
    try {
      // RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }
      const [modulus] = readChildren(readDer(new Uint8Array(info.subjectPublicKey)).content);
      const bits = bitLength(unsignedInteger(modulus?.content ?? new Uint8Array()));
      return { algorithm: 'RSA', bits, description: `RSA ${bits}-bit` };
    } catch {
      return { algorithm: 'RSA', description: 'RSA (size unreadable)' };
    }
  }
  if (oid === ecPublicKey) {
    const parameters = info.algorithm.parameters;
    const curve = parameters ? curves[toHex(parameters)] : undefined;
    if (curve) {
      return {
        algorithm: 'ECDSA',
        bits: curve.bits,
        curve: curve.name,
        description: `ECDSA ${curve.name}`,
      };
    }
    return { algorithm: 'ECDSA', description: 'ECDSA on an uncommon curve' };
  }
  return otherKeys[oid] ?? { algorithm: 'unknown', description: `key algorithm ${oid}` };
}

function extension<T>(certificate: Certificate, id: string, type: new () => T): T | undefined {
  const found = certificate.tbsCertificate.extensions?.find((each) => each.extnID === id);
  if (!found) return undefined;
  return AsnConvert.parse(found.extnValue, type);
}

const copy = (buffer: ArrayBuffer | Uint8Array) => new Uint8Array(buffer.slice(0));

const sameBytes = (one: Uint8Array, other: Uint8Array) =>
  one.length === other.length && one.every((byte, index) => byte === other[index]);

/**
 * Throws unless `der` is exactly one certificate whose unsigned parts are well formed, as
 * OpenSSL requires: nothing after it, the signature algorithm outside the signed part the same
 * as inside it (RFC 5280 §4.1.1.2), and a signature of whole bytes. Without this, a certificate
 * changed only where its signature does not reach would read as the original.
 */
function assertStrictlyOneCertificate(der: Uint8Array): void {
  const [signed, algorithm, signature] = readChildren(readDer(der).content);
  const signedFields = signed ? readChildren(signed.content) : [];
  const innerAlgorithm = signedFields[signedFields[0]?.tag === 0xa0 ? 2 : 1];
  if (
    !algorithm ||
    !innerAlgorithm ||
    algorithm.tag !== innerAlgorithm.tag ||
    !sameBytes(algorithm.content, innerAlgorithm.content)
  ) {
    throw new Error('the signature algorithm differs from the signed one');
  }
  if (signature?.content[0] !== 0) throw new Error('the signature is not whole bytes');
}

function readCertificate(der: Uint8Array<ArrayBuffer>, position: number): ParsedCertificate {
  assertStrictlyOneCertificate(der);
  const certificate = AsnConvert.parse(der, Certificate);
  const tbs = certificate.tbsCertificate;
  const subject = nameAttributes(tbs.subject);
  const issuer = nameAttributes(tbs.issuer);
  const subjectKey = nameKey(subject);
  const issuerKey = nameKey(issuer);
  const alternativeNames = extension(certificate, id_ce_subjectAltName, SubjectAlternativeName);
  const subjectKeyId = extension(certificate, id_ce_subjectKeyIdentifier, SubjectKeyIdentifier);
  const authorityKeyId = extension(
    certificate,
    id_ce_authorityKeyIdentifier,
    AuthorityKeyIdentifier,
  );
  const basicConstraints = extension(certificate, id_ce_basicConstraints, BasicConstraints);
  const subjectCommonName = attributeValue(subject, commonNameType);
  const issuerCommonName = attributeValue(issuer, commonNameType);
  const facts: CertificateFacts = {
    position,
    subject: formatName(subject),
    ...(subjectCommonName !== undefined && { subjectCommonName }),
    issuer: formatName(issuer),
    ...(issuerCommonName !== undefined && { issuerCommonName }),
    serialNumber: toHex(unsignedInteger(new Uint8Array(tbs.serialNumber))),
    notBefore: tbs.validity.notBefore.getTime().toISOString(),
    notAfter: tbs.validity.notAfter.getTime().toISOString(),
    dnsNames: (alternativeNames ?? []).flatMap((name) =>
      name.dNSName === undefined ? [] : [name.dNSName],
    ),
    ...(subjectKeyId && { subjectKeyIdentifier: toHex(subjectKeyId.buffer) }),
    ...(authorityKeyId?.keyIdentifier && {
      authorityKeyIdentifier: toHex(authorityKeyId.keyIdentifier.buffer),
    }),
    isCa: basicConstraints?.cA === true,
    selfIssued: subjectKey === issuerKey,
    publicKey: publicKeyFacts(tbs.subjectPublicKeyInfo),
    signatureAlgorithm: describeSignatureAlgorithm(certificate.signatureAlgorithm),
  };
  return {
    facts,
    der,
    signed: copy(certificate.tbsCertificateRaw ?? AsnConvert.serialize(tbs)),
    signature: copy(certificate.signatureValue),
    signatureAlgorithm: certificate.signatureAlgorithm,
    spki: copy(AsnConvert.serialize(tbs.subjectPublicKeyInfo)),
    subjectKey,
    issuerKey,
    issuerAttributes: issuer,
  };
}

/** Reads every certificate of a PEM text; each block that is not one becomes a problem. */
export function parsePemChain(pem: string): ParsedChain {
  if (pem.trim() === '') return { certificates: [], problems: [{ kind: 'empty' }] };
  const blocks = pemBlocks(pem);
  if (blocks.length === 0) return { certificates: [], problems: [{ kind: 'not-pem' }] };
  const certificates: ParsedCertificate[] = [];
  const problems: PemProblem[] = [];
  const stray = strayPemText(pem, blocks);
  if (stray !== undefined) problems.push({ kind: 'stray-text', position: stray });
  for (const { position, label, body } of blocks) {
    if (privateKeyLabel.test(label)) {
      problems.push({ kind: 'private-key', position });
    } else if (!certificateLabels.has(label)) {
      problems.push({ kind: 'not-a-certificate', position, label });
    } else if (body === undefined) {
      problems.push({ kind: 'unterminated', position, label });
    } else {
      const der = decodeBase64Body(body);
      if (der === undefined) {
        problems.push({ kind: 'invalid-base64', position });
        continue;
      }
      try {
        certificates.push(readCertificate(der, certificates.length + 1));
      } catch {
        problems.push({ kind: 'invalid-certificate', position });
      }
    }
  }
  return { certificates, problems };
}

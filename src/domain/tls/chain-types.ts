/**
 * What analysing a pasted certificate chain finds: plain serialisable data, so that it can be
 * cached, passed to the rules and shown by the wizard, the report and the CLI.
 */

export type PublicKeyAlgorithm = 'RSA' | 'ECDSA' | 'Ed25519' | 'Ed448' | 'DSA' | 'unknown';

export interface PublicKeyFacts {
  readonly algorithm: PublicKeyAlgorithm;
  /** RSA modulus size, or the size of the ECDSA curve, in bits. */
  readonly bits?: number;
  /** ECDSA named curve: `P-256`, `P-384`, `P-521`, or the curve's object identifier. */
  readonly curve?: string;
  /** In words for messages and the summary, e.g. `RSA 2048-bit` or `ECDSA P-256`. */
  readonly description: string;
}

export interface CertificateFacts {
  /** 1-based position in the pasted chain (1 = the first, which should be the leaf). */
  readonly position: number;
  /** Distinguished names as keytool prints them, most specific attribute first. */
  readonly subject: string;
  readonly subjectCommonName?: string;
  readonly issuer: string;
  readonly issuerCommonName?: string;
  /** Serial number, lower-case hex. */
  readonly serialNumber: string;
  /** ISO 8601 instants. */
  readonly notBefore: string;
  readonly notAfter: string;
  /** DNS names of the subject alternative name extension. */
  readonly dnsNames: readonly string[];
  /** Key identifiers, lower-case hex. */
  readonly subjectKeyIdentifier?: string;
  readonly authorityKeyIdentifier?: string;
  /** basicConstraints cA: a CA certificate, not a server's. */
  readonly isCa: boolean;
  /** The subject and the issuer are the same name (a root, or a self-signed certificate). */
  readonly selfIssued: boolean;
  readonly publicKey: PublicKeyFacts;
  /** The signature algorithm in words, e.g. `RSA PKCS #1 v1.5 with SHA-256`. */
  readonly signatureAlgorithm: string;
}

/** Why (part of) the pasted text cannot be read as certificates; `position` counts PEM blocks. */
export type PemProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'not-pem' }
  | { readonly kind: 'private-key'; readonly position: number }
  | { readonly kind: 'not-a-certificate'; readonly position: number; readonly label: string }
  | { readonly kind: 'unterminated'; readonly position: number; readonly label: string }
  | { readonly kind: 'invalid-base64'; readonly position: number }
  | { readonly kind: 'invalid-certificate'; readonly position: number }
  /** Text outside the blocks that looks like part of one, before block `position`. */
  | { readonly kind: 'stray-text'; readonly position: number };

export interface AnalysedCertificate extends CertificateFacts {
  /** SHA-256 fingerprint of the DER certificate, lower-case hex without colons. */
  readonly sha256: string;
  /** Position of the certificate in the chain whose subject is this one's issuer, if any. */
  readonly issuedByPosition?: number;
  /**
   * For a self-issued certificate (a root), whether its own key verifies its signature: a root
   * changed by hand or damaged in copying no longer does, though no other certificate shows it.
   */
  readonly selfSignature?: SignatureCheck;
}

export type SignatureCheck = 'valid' | 'invalid' | 'unsupported';

/** Whether certificate `position` is issued by the next one in the chain. */
export interface ChainLink {
  readonly position: number;
  readonly issuerPosition: number;
  /** The certificate's issuer name is the next certificate's subject. */
  readonly issuerNameMatches: boolean;
  /** Authority key identifier = the next one's subject key identifier; undefined when either is absent. */
  readonly keyIdentifierMatches?: boolean;
  /** Checked with the next certificate's public key when the issuer name matches. */
  readonly signature?: SignatureCheck;
}

/** The root of AWS's trusted list the chain ends at, and how that was found. */
export interface TrustAnchor {
  readonly alias: string;
  readonly commonName: string;
  /**
   * `fingerprint`: the pasted certificate at `position` is that root; `issuer-name`: the top
   * certificate names it as its issuer, and its authority key identifier is the root's subject key
   * identifier (when both are known).
   */
  readonly matchedBy: 'fingerprint' | 'issuer-name';
  readonly position: number;
  /**
   * For an issuer-name match: `valid` when the top certificate's signature verifies with the
   * root's public key; `unverified` when this planner has no copy of that key (Debian does not ship
   * the root) or WebCrypto cannot check it, so the match rests on the names alone.
   */
  readonly signature?: 'valid' | 'unverified';
}

/**
 * The chain ends at a public root that AWS's published list lacks (on pull request #22's updated
 * list, or trusted by current root programs): matched like a trust anchor, but not one.
 */
export interface UnlistedRootMatch extends TrustAnchor {
  readonly inPullRequest22: boolean;
  readonly inDebian: boolean;
}

/**
 * The top certificate names a root (of AWS's list, or an unlisted public one) as its issuer, with
 * its key identifier, but its signature does not verify with that root's public key: a forgery or
 * a test CA copying the root's name. Not a trust anchor.
 */
export interface IssuerSignatureMismatch {
  readonly alias: string;
  readonly commonName: string;
  /** Position of the top certificate. */
  readonly position: number;
}

/**
 * The top certificate names a root of AWS's list as its issuer, but was issued with another key:
 * its authority key identifier is not that root's subject key identifier. Not a trust anchor.
 */
export interface IssuerKeyMismatch {
  readonly alias: string;
  readonly commonName: string;
  /** Position of the top certificate. */
  readonly position: number;
  /** Lower-case hex. */
  readonly authorityKeyIdentifier: string;
  readonly rootKeyIdentifier: string;
}

export interface ChainAnalysis {
  readonly certificates: readonly AnalysedCertificate[];
  /** What could not be read; the certificates that could are still analysed. */
  readonly problems: readonly PemProblem[];
  /** One link per certificate but the last. */
  readonly links: readonly ChainLink[];
  readonly trustAnchor?: TrustAnchor;
  readonly issuerKeyMismatch?: IssuerKeyMismatch;
  readonly issuerSignatureMismatch?: IssuerSignatureMismatch;
  readonly unlistedRoot?: UnlistedRootMatch;
}

/**
 * A root's public key, from Debian's copy of the root (the certificate with the root's SHA-256
 * fingerprint), to verify the signature of a certificate that names the root as its issuer.
 */
export interface RootPublicKey {
  /** DER SubjectPublicKeyInfo, base64. */
  readonly spki: string;
  readonly algorithm: 'RSA' | 'ECDSA';
  /** ECDSA named curve, e.g. `P-384`. */
  readonly curve?: string;
}

/** A root CA on AWS's list of CAs that KMS trusts for an XKS proxy's TLS certificate. */
export interface TrustedRootCa {
  /** keytool alias in AWS's listing, e.g. `amazonrootca1`. */
  readonly alias: string;
  /** Full subject distinguished name as printed by keytool. */
  readonly subject: string;
  /** Subject CN, or OU for the roots that have no CN. */
  readonly commonName: string;
  /** ISO 8601 instants. */
  readonly validFrom: string;
  readonly validUntil: string;
  /** SHA-256 fingerprint of the DER certificate, lower-case hex without colons. */
  readonly sha256: string;
  /**
   * Subject key identifier, lower-case hex: read from the certificate itself (Debian's
   * ca-certificates copy with this fingerprint); absent when Debian does not ship that root or the
   * root has none. Matched against the authority key identifier of a certificate it issued.
   */
  readonly subjectKeyIdentifier?: string;
}

/**
 * A public root CA that AWS's published list (Nov 2022) lacks but that KMS's current keystore
 * probably holds: it is on the updated list of pull request #22 of aws/aws-kms-xksproxy-api-spec
 * ("based on latest keystore", opened 2024-06-16, not merged), or current root programs trust it
 * (it is in Debian's ca-certificates, Mozilla's roots).
 */
export interface UnlistedPublicRootCa extends TrustedRootCa {
  readonly inPullRequest22: boolean;
  readonly inDebian: boolean;
}

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

/** The cipher suites KMS offers an XKS proxy, shared by the cipher-suite rules. */
import type { TlsVersionKmsUses } from './scope-tls-versions';

export interface KmsCipherSuite {
  /** IANA name. */
  readonly name: string;
  /** The OpenSSL name, which proxy configurations often use for TLS 1.2 suites. */
  readonly openSslName: string;
  readonly tlsVersion: TlsVersionKmsUses;
  readonly inGovCloud: boolean;
  /** TLS 1.2 suites authenticate with one key type of certificate; TLS 1.3 suites with any. */
  readonly certificateKey?: 'RSA' | 'ECDSA';
}

/** The suites KMS offers to an XKS proxy (spec "API content type"; KMS guide, XKS proxy). */
export const kmsCipherSuites: readonly KmsCipherSuite[] = [
  {
    name: 'TLS_AES_256_GCM_SHA384',
    openSslName: 'TLS_AES_256_GCM_SHA384',
    tlsVersion: 'TLSv1.3',
    inGovCloud: true,
  },
  {
    name: 'TLS_CHACHA20_POLY1305_SHA256',
    openSslName: 'TLS_CHACHA20_POLY1305_SHA256',
    tlsVersion: 'TLSv1.3',
    inGovCloud: false,
  },
  {
    name: 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
    openSslName: 'ECDHE-RSA-AES256-GCM-SHA384',
    tlsVersion: 'TLSv1.2',
    inGovCloud: true,
    certificateKey: 'RSA',
  },
  {
    name: 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
    openSslName: 'ECDHE-ECDSA-AES256-GCM-SHA384',
    tlsVersion: 'TLSv1.2',
    inGovCloud: true,
    certificateKey: 'ECDSA',
  },
];

export function findKmsCipherSuite(offered: string): KmsCipherSuite | undefined {
  const name = offered.trim().toUpperCase();
  return kmsCipherSuites.find(
    (suite) => suite.name === name || suite.openSslName.toUpperCase() === name,
  );
}

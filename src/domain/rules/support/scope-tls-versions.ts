/** The TLS versions KMS negotiates with an XKS proxy: 1.2 and 1.3, nothing older. */
export const tlsVersionsKmsUses = ['TLSv1.2', 'TLSv1.3'] as const;

export type TlsVersionKmsUses = (typeof tlsVersionsKmsUses)[number];

export function isTlsVersionKmsUses(version: string): version is TlsVersionKmsUses {
  return (tlsVersionsKmsUses as readonly string[]).includes(version);
}

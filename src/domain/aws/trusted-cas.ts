import type { TrustedRootCa } from './trusted-root-ca';
import trustedCasJson from './trusted-cas.json' with { type: 'json' };

/**
 * The root CAs AWS KMS trusts for an external key store proxy's TLS certificate: the 130 roots of
 * `aws/aws-kms-xksproxy-api-spec` `TrustedCertificateAuthorities` (file as of Nov 10, 2022,
 * CC BY-SA 4.0), derived into `trusted-cas.json` by `npm run derive`. Most roots also carry their
 * subject key identifier, which AWS's listing does not print: read by `npm run derive` from the
 * certificate itself, the copy in Debian's ca-certificates (Mozilla's roots) whose SHA-256
 * fingerprint equals the one AWS lists.
 */
export const trustedRootCas: readonly TrustedRootCa[] = trustedCasJson;

const normalise = (text: string) => text.trim().toLowerCase().replace(/[\s:]/g, '');

/** Every way a root may be named (alias, normalised subject CN, fingerprint); the first root wins. */
const rootsByReference = new Map<string, TrustedRootCa>();
for (const root of trustedRootCas) {
  for (const reference of [root.alias, normalise(root.commonName), root.sha256]) {
    if (!rootsByReference.has(reference)) rootsByReference.set(reference, root);
  }
}

/**
 * Finds a trusted root by alias (`amazonrootca1`), subject common name (`Amazon Root CA 1`) or
 * SHA-256 fingerprint (with or without colons).
 */
export function findTrustedRootCa(reference: string): TrustedRootCa | undefined {
  const wanted = normalise(reference);
  return wanted === '' ? undefined : rootsByReference.get(wanted);
}

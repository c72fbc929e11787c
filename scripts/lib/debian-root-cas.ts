/**
 * Debian's `ca-certificates` (Mozilla's roots, one PEM file each): the source of the subject key
 * identifiers of AWS's trusted roots, which AWS's keytool listing does not print. A root's key
 * identifier is taken only from the very certificate AWS lists, recognised by its SHA-256
 * fingerprint. Used by `npm run derive` and by `scripts/derived-data.test.ts`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TrustedRootCa } from '../../src/domain/aws/trusted-root-ca';
import { parsePemChain } from '../../src/domain/tls/parse-pem-chain';

export const debianRootsDirectory = '/usr/share/ca-certificates/mozilla';

export const hasDebianRoots = existsSync(debianRootsDirectory);

export interface DebianRoot {
  readonly file: string;
  /** SHA-256 fingerprint of the DER certificate, lower-case hex. */
  readonly sha256: string;
  /** Lower-case hex; absent when the certificate has no such extension. */
  readonly subjectKeyIdentifier?: string;
}

export function readDebianRoots(): DebianRoot[] {
  return readdirSync(debianRootsDirectory)
    .filter((file) => file.endsWith('.crt'))
    .sort()
    .flatMap((file) => {
      const { certificates, problems } = parsePemChain(
        readFileSync(join(debianRootsDirectory, file), 'utf8'),
      );
      const [root] = certificates;
      if (root === undefined || certificates.length > 1 || problems.length > 0) {
        throw new Error(`${debianRootsDirectory}/${file}: expected exactly one certificate`);
      }
      const subjectKeyIdentifier = root.facts.subjectKeyIdentifier;
      return {
        file,
        sha256: createHash('sha256').update(root.der).digest('hex'),
        ...(subjectKeyIdentifier !== undefined && { subjectKeyIdentifier }),
      };
    });
}

/** AWS's roots, each with the key identifier of the Debian certificate that has its fingerprint. */
export function withSubjectKeyIdentifiers(
  roots: readonly TrustedRootCa[],
  debianRoots: readonly DebianRoot[],
): TrustedRootCa[] {
  const byFingerprint = new Map(debianRoots.map((root) => [root.sha256, root]));
  return roots.map((root) => {
    const subjectKeyIdentifier = byFingerprint.get(root.sha256)?.subjectKeyIdentifier;
    return subjectKeyIdentifier === undefined ? root : { ...root, subjectKeyIdentifier };
  });
}

/**
 * Debian's `ca-certificates` (Mozilla's roots, one PEM file each): the source of the subject key
 * identifiers of AWS's trusted roots, which AWS's keytool listing does not print. A root's key
 * identifier is taken only from the very certificate AWS lists, recognised by its SHA-256
 * fingerprint. Used by `npm run derive` and by `scripts/derived-data.test.ts`.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type {
  RootPublicKey,
  TrustedRootCa,
  UnlistedPublicRootCa,
} from '../../src/domain/aws/trusted-root-ca';
import { encodeBase64 } from '../../src/domain/encoding/base64';
import { parsePemChain } from '../../src/domain/tls/parse-pem-chain';

export const debianRootsDirectory = '/usr/share/ca-certificates/mozilla';

export const hasDebianRoots = existsSync(debianRootsDirectory);

/**
 * The version of Debian's ca-certificates installed here (dpkg's), or undefined. Each release
 * adds and drops roots, so the derived tables hold for the version `npm run derive` read.
 */
export function installedCaCertificatesVersion(): string | undefined {
  const query = spawnSync('dpkg-query', ['--show', '--showformat=${Version}', 'ca-certificates'], {
    encoding: 'utf8',
  });
  return query.status === 0 && query.stdout !== '' ? query.stdout : undefined;
}

/** Where `npm run derive` records the ca-certificates version it read. */
export const derivedFromVersionPath = 'scripts/lib/debian-ca-certificates-version.json';

export interface DebianRoot {
  readonly file: string;
  /** As keytool prints it (the form of AWS's listing). */
  readonly subject: string;
  readonly commonName: string;
  readonly validFrom: string;
  readonly validUntil: string;
  readonly publicKey?: RootPublicKey;
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
      const { subject, subjectKeyIdentifier, publicKey } = root.facts;
      const { algorithm, curve } = publicKey;
      return {
        file,
        subject,
        commonName: root.facts.subjectCommonName ?? /OU=([^,]+)/.exec(subject)?.[1] ?? subject,
        validFrom: root.facts.notBefore,
        validUntil: root.facts.notAfter,
        sha256: createHash('sha256').update(root.der).digest('hex'),
        ...(subjectKeyIdentifier !== undefined && { subjectKeyIdentifier }),
        // WebCrypto verifies RSA and ECDSA on the named curves; Mozilla's roots use nothing else.
        ...((algorithm === 'RSA' || algorithm === 'ECDSA') && {
          publicKey: {
            spki: encodeBase64(root.spki, 'standard'),
            algorithm,
            ...(curve !== undefined && { curve }),
          },
        }),
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

/**
 * The public keys of `roots` by SHA-256 fingerprint, from the Debian certificates with the same
 * fingerprint (a root Debian does not ship has none).
 */
export function rootPublicKeys(
  roots: readonly TrustedRootCa[],
  debianRoots: readonly DebianRoot[],
): Record<string, RootPublicKey> {
  const byFingerprint = new Map(debianRoots.map((root) => [root.sha256, root]));
  return Object.fromEntries(
    roots.flatMap((root) => {
      const publicKey = byFingerprint.get(root.sha256)?.publicKey;
      return publicKey === undefined ? [] : [[root.sha256, publicKey]];
    }),
  );
}

/** `ISRG_Root_X2.crt` → `isrgrootx2`, the form of keytool's aliases. */
const aliasOf = (file: string) =>
  file
    .replace(/\.crt$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * The public roots AWS's published list lacks: those on the updated list of pull request #22 and
 * those Debian ships, matched by fingerprint (with Debian's key where Debian has the root), in
 * alias order.
 */
export function unlistedPublicRoots(
  published: readonly TrustedRootCa[],
  pullRequest22: readonly TrustedRootCa[],
  debianRoots: readonly DebianRoot[],
): UnlistedPublicRootCa[] {
  const publishedFingerprints = new Set(published.map((root) => root.sha256));
  const inPullRequest = new Set(pullRequest22.map((root) => root.sha256));
  const debianByFingerprint = new Map(debianRoots.map((root) => [root.sha256, root]));
  const fromPullRequest = withSubjectKeyIdentifiers(
    pullRequest22.filter((root) => !publishedFingerprints.has(root.sha256)),
    debianRoots,
  ).map((root) => ({
    ...root,
    inPullRequest22: true,
    inDebian: debianByFingerprint.has(root.sha256),
  }));
  const fromDebian = debianRoots
    .filter((root) => !publishedFingerprints.has(root.sha256) && !inPullRequest.has(root.sha256))
    .map((root) => ({
      alias: aliasOf(root.file),
      subject: root.subject,
      commonName: root.commonName,
      validFrom: root.validFrom,
      validUntil: root.validUntil,
      sha256: root.sha256,
      ...(root.subjectKeyIdentifier !== undefined && {
        subjectKeyIdentifier: root.subjectKeyIdentifier,
      }),
      inPullRequest22: false,
      inDebian: true,
    }));
  return [...fromPullRequest, ...fromDebian].sort((a, b) => a.alias.localeCompare(b.alias));
}

/**
 * Derives the project's copies of reference facts from `../shared`, the trusted roots' key
 * identifiers and public keys from Debian's ca-certificates, and the public roots AWS's published
 * list lacks from pull request #22's list and Debian, and the provider hashes of the Terraform
 * export's lock file from the filesystem mirror with the real terraform (run by hand with
 * `npm run derive` when `../shared` changes; CI never writes them). The product never reads
 * `../shared` at run time; `scripts/derived-data.test.ts` proves the copies are current.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import {
  debianRootsDirectory,
  derivedFromVersionPath,
  hasDebianRoots,
  installedCaCertificatesVersion,
  readDebianRoots,
  rootPublicKeys,
  unlistedPublicRoots,
  withSubjectKeyIdentifiers,
} from './lib/debian-root-cas';
import { parseCatalogue } from './lib/parse-catalogue';
import { parseTrustedCas } from './lib/parse-trusted-cas';
import { droppedByPullRequest22, pullRequest22ListPath } from './lib/pull-request-22';
import { sharedPath } from '../src/testing/shared-path';
import { lockFromMirror, lockedRelease } from './lib/terraform-provider-lock';

// Key identifiers come from Debian's copy of the same certificates (AWS's listing lacks them);
// without Debian's files the derived list would silently lose them.
if (!hasDebianRoots) {
  throw new Error(`${debianRootsDirectory} is missing: install Debian's ca-certificates package`);
}

// Written as Prettier writes JSON, so that `npm run format:check` accepts what derive writes.
async function writeJson(path: string, value: unknown) {
  const options = await resolveConfig(path);
  writeFileSync(path, await format(JSON.stringify(value, null, 2), { ...options, filepath: path }));
  console.log(`wrote ${path}`);
}

await writeJson(
  'src/domain/catalogue/facts.json',
  parseCatalogue(readFileSync(sharedPath('xks-requirements.md'), 'utf8')),
);
// The Terraform export checks its output against this subset of the provider schema.
await writeJson(
  'src/domain/aws/terraform-provider-schema.json',
  JSON.parse(readFileSync(sharedPath('terraform/aws-provider-schema-subset.json'), 'utf8')),
);
// The Terraform export's lock file: hashes of the provider release its tests run with.
await writeJson(
  'src/domain/aws/terraform-provider-lock.json',
  lockFromMirror(lockedRelease.version, lockedRelease.platforms),
);
const publishedRoots = parseTrustedCas(
  readFileSync(sharedPath('xks-spec/TrustedCertificateAuthorities'), 'utf8'),
);
const debianRoots = readDebianRoots();
await writeJson(derivedFromVersionPath, { 'ca-certificates': installedCaCertificatesVersion() });
const pullRequest22Roots = parseTrustedCas(readFileSync(pullRequest22ListPath, 'utf8'));
const trustedRoots = withSubjectKeyIdentifiers(publishedRoots, debianRoots);
const unlistedRoots = unlistedPublicRoots(publishedRoots, pullRequest22Roots, debianRoots);
await writeJson('src/domain/aws/trusted-cas.json', trustedRoots);
await writeJson('src/domain/aws/unlisted-public-root-cas.json', unlistedRoots);
await writeJson(
  'src/domain/aws/pull-request-22-dropped.json',
  droppedByPullRequest22(publishedRoots, pullRequest22Roots),
);
// Only the chain analysis (loaded on demand) needs the keys, so they are a file of their own.
await writeJson(
  'src/domain/aws/root-public-keys.json',
  rootPublicKeys([...trustedRoots, ...unlistedRoots], debianRoots),
);

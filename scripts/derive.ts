/**
 * Derives the project's copies of reference facts from `../shared`, and the trusted roots' key
 * identifiers from Debian's ca-certificates (run by hand with
 * `npm run derive` when `../shared` changes; CI never writes them). The product never reads
 * `../shared` at run time; `scripts/derived-data.test.ts` proves the copies are current.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  debianRootsDirectory,
  hasDebianRoots,
  readDebianRoots,
  withSubjectKeyIdentifiers,
} from './lib/debian-root-cas';
import { parseCatalogue } from './lib/parse-catalogue';
import { parseTrustedCas } from './lib/parse-trusted-cas';
import { sharedPath } from './lib/shared-path';

// Key identifiers come from Debian's copy of the same certificates (AWS's listing lacks them);
// without Debian's files the derived list would silently lose them.
if (!hasDebianRoots) {
  throw new Error(`${debianRootsDirectory} is missing: install Debian's ca-certificates package`);
}

function writeJson(path: string, value: unknown) {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
  console.log(`wrote ${path}`);
}

writeJson(
  'src/domain/catalogue/facts.json',
  parseCatalogue(readFileSync(sharedPath('xks-requirements.md'), 'utf8')),
);
// The Terraform export checks its output against this subset of the provider schema.
writeJson(
  'src/domain/aws/terraform-provider-schema.json',
  JSON.parse(readFileSync(sharedPath('terraform/aws-provider-schema-subset.json'), 'utf8')),
);
writeJson(
  'src/domain/aws/trusted-cas.json',
  withSubjectKeyIdentifiers(
    parseTrustedCas(readFileSync(sharedPath('xks-spec/TrustedCertificateAuthorities'), 'utf8')),
    readDebianRoots(),
  ),
);

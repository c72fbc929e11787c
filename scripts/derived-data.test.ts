/**
 * The project carries its own copies of reference facts so it runs without `../shared`. These
 * tests prove the copies still match the originals whenever `../shared` is present.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kmsEnums, kmsStringShapes } from '../src/domain/aws/kms-api-formats';
import { awsRegions } from '../src/domain/aws/regions';
import { trustedRootCas } from '../src/domain/aws/trusted-cas';
import { facts } from '../src/domain/catalogue/facts';
import rootPublicKeys from '../src/domain/aws/root-public-keys.json' with { type: 'json' };
import {
  droppedByPullRequest22 as dropped,
  unlistedPublicRootCas,
} from '../src/domain/aws/unlisted-public-root-cas';
import derivedFrom from './lib/debian-ca-certificates-version.json' with { type: 'json' };
import {
  hasDebianRoots,
  installedCaCertificatesVersion,
  readDebianRoots,
  rootPublicKeys as deriveRootPublicKeys,
  unlistedPublicRoots,
  withSubjectKeyIdentifiers,
} from './lib/debian-root-cas';
import { droppedByPullRequest22, pullRequest22ListPath } from './lib/pull-request-22';
import { parseCatalogue } from './lib/parse-catalogue';
import { parseTrustedCas } from './lib/parse-trusted-cas';
import { hasShared, sharedPath } from '../src/testing/shared-path';

const readShared = (path: string) => readFileSync(sharedPath(path), 'utf8');

describe.runIf(hasShared)('derived tables match ../shared', () => {
  it('facts.json is the requirement catalogue', () => {
    expect(facts).toEqual(parseCatalogue(readShared('xks-requirements.md')));
  });

  it('trusted-cas.json is AWS TrustedCertificateAuthorities (key identifiers aside)', () => {
    // toEqual counts an undefined property as absent: this compares everything but the key ids.
    expect(trustedRootCas.map((root) => ({ ...root, subjectKeyIdentifier: undefined }))).toEqual(
      parseTrustedCas(readShared('xks-spec/TrustedCertificateAuthorities')),
    );
  });

  it('the KMS string shapes and enums are the API model', () => {
    const model = JSON.parse(readShared('aws-models/kms-2014-11-01.service-2.json')) as {
      shapes: Record<
        string,
        { min?: number; max?: number; pattern?: string; sensitive?: boolean; enum?: string[] }
      >;
    };
    for (const [name, derived] of Object.entries(kmsStringShapes)) {
      const original = model.shapes[name]!;
      expect({ name, min: derived.min, max: derived.max }).toEqual({
        name,
        min: original.min ?? 0,
        max: original.max,
      });
      expect('pattern' in derived ? derived.pattern : undefined, name).toBe(original.pattern);
      expect('sensitive' in derived ? derived.sensitive : undefined, name).toBe(original.sensitive);
    }
    for (const [name, values] of Object.entries(kmsEnums)) {
      expect(values, name).toEqual(model.shapes[name]!.enum);
    }
  });

  it('the Regions are those of the aws, aws-cn, aws-us-gov and aws-eusc partitions', () => {
    const partitions = JSON.parse(readShared('aws-models/partitions.json')) as {
      partitions: { id: string; regions: Record<string, { description: string }> }[];
    };
    const expected = partitions.partitions
      .filter((partition) => ['aws', 'aws-cn', 'aws-us-gov', 'aws-eusc'].includes(partition.id))
      .flatMap((partition) =>
        Object.entries(partition.regions)
          .filter(([code]) => !code.endsWith('-global'))
          .map(([code, region]) => ({ code, name: region.description, partition: partition.id })),
      )
      .sort((a, b) => a.code.localeCompare(b.code));
    expect([...awsRegions].sort((a, b) => a.code.localeCompare(b.code))).toEqual(expected);
  });
});

describe.runIf(hasDebianRoots)(
  "trusted roots' key identifiers match Debian's ca-certificates",
  () => {
    it('each root Debian ships has the key identifier of the Debian certificate with its fingerprint', () => {
      const debianByFingerprint = new Map(readDebianRoots().map((root) => [root.sha256, root]));
      let shipped = 0;
      for (const root of trustedRootCas) {
        const debian = debianByFingerprint.get(root.sha256);
        if (debian === undefined) continue;
        shipped++;
        expect(root.subjectKeyIdentifier, root.alias).toBe(debian.subjectKeyIdentifier);
      }
      expect(shipped).toBeGreaterThan(100);
    });
  },
);

// Which roots Debian ships changes with its releases: the tables are compared where the version
// they were derived from is installed (`npm run derive` derives them again from another).
describe.runIf(
  hasShared &&
    hasDebianRoots &&
    installedCaCertificatesVersion() === derivedFrom['ca-certificates'],
)(
  `the unlisted roots and the roots' keys match pull request #22's list and Debian's ca-certificates ${derivedFrom['ca-certificates']}`,
  () => {
    // Read in the tests, not here: a skipped suite's body still runs when its tests are collected.
    const sources = () => ({
      published: parseTrustedCas(readShared('xks-spec/TrustedCertificateAuthorities')),
      pullRequest22: parseTrustedCas(readFileSync(pullRequest22ListPath, 'utf8')),
      debian: readDebianRoots(),
    });

    it('unlisted-public-root-cas.json and pull-request-22-dropped.json are current', () => {
      const { published, pullRequest22, debian } = sources();
      expect(unlistedPublicRootCas).toEqual(unlistedPublicRoots(published, pullRequest22, debian));
      expect([...dropped]).toEqual(droppedByPullRequest22(published, pullRequest22));
    });

    it('root-public-keys.json holds the Debian key of every root it can', () => {
      const { published, debian } = sources();
      const roots = [...withSubjectKeyIdentifiers(published, debian), ...unlistedPublicRootCas];
      expect(rootPublicKeys).toEqual(deriveRootPublicKeys(roots, debian));
    });
  },
);

describe('derived tables', () => {
  it('hold every catalogue fact and every trusted root', () => {
    expect(facts).toHaveLength(203);
    expect(trustedRootCas).toHaveLength(130);
    // Pull request #22's list has 145 roots: 28 aliases added, 13 dropped.
    expect(dropped.size).toBe(13);
  });
});

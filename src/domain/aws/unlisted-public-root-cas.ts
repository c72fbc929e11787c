import droppedJson from './pull-request-22-dropped.json' with { type: 'json' };
import type { UnlistedPublicRootCa } from './trusted-root-ca';
import unlistedJson from './unlisted-public-root-cas.json' with { type: 'json' };

/**
 * Public root CAs that AWS's published list (Nov 2022) lacks although KMS's current keystore
 * probably holds them: the roots pull request #22 of aws/aws-kms-xksproxy-api-spec adds ("based on
 * latest keystore", opened 2024-06-16, not merged; CC BY-SA 4.0), and the roots of Debian's
 * ca-certificates (Mozilla's root program) not on the published list. Derived into
 * `unlisted-public-root-cas.json` by `npm run derive`. The published list stays the rule: a chain
 * ending at one of these gets a warning, not an error.
 */
export const unlistedPublicRootCas: readonly UnlistedPublicRootCa[] = unlistedJson;

export const pullRequest22Url = 'https://github.com/aws/aws-kms-xksproxy-api-spec/pull/22';

const normalise = (text: string) => text.trim().toLowerCase().replace(/[\s:]/g, '');

/** An unlisted public root by alias, subject common name or SHA-256 fingerprint. */
export function findUnlistedPublicRootCa(reference: string): UnlistedPublicRootCa | undefined {
  const wanted = normalise(reference);
  if (wanted === '') return undefined;
  return unlistedPublicRootCas.find(
    (root) =>
      root.alias === wanted || normalise(root.commonName) === wanted || root.sha256 === wanted,
  );
}

/** Aliases of the published roots that pull request #22's updated list drops (13 of 130). */
export const droppedByPullRequest22: ReadonlySet<string> = new Set(droppedJson);

/**
 * Roots on AWS's published list that browsers no longer trust: the three TrustCor roots, distrusted
 * by Mozilla and Microsoft in November–December 2022 after an investigation (certifi 2022.12.07 and
 * Node.js removed them); pull request #22's list drops them too.
 */
export const distrustedListedRoots: Readonly<Record<string, { since: string; source: string }>> = {
  trustcoreca1: trustCor(),
  trustcorrootcertca1: trustCor(),
  trustcorrootcertca2: trustCor(),
};

function trustCor() {
  return {
    since: '2022-11-30',
    source:
      'https://groups.google.com/a/mozilla.org/g/dev-security-policy/c/oxX69KFvsm4/m/yLohoVqtCgAJ',
  };
}

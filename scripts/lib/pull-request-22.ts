import type { TrustedRootCa } from '../../src/domain/aws/trusted-root-ca';

/**
 * The updated trusted-CA list of pull request #22 of aws/aws-kms-xksproxy-api-spec
 * ("Update TrustedCertificateAuthorities based on latest keystore", commit a6f33c0 of 2024-06-15,
 * opened 2024-06-16, still open): 145 roots against the published list's 130. Kept in the project
 * (CC BY-SA 4.0, unchanged) because it is no file of the main branch and not in `../shared`.
 */
export const pullRequest22ListPath = new URL(
  '../data/TrustedCertificateAuthorities-pull-22',
  import.meta.url,
).pathname;

/**
 * Aliases of the published roots the updated list drops. By alias, not fingerprint: a root the
 * update carries in a newer issue under its alias (GTS Root R1-R4, for example) is not dropped.
 */
export function droppedByPullRequest22(
  published: readonly TrustedRootCa[],
  pullRequest22: readonly TrustedRootCa[],
): string[] {
  const kept = new Set(pullRequest22.map((root) => root.alias));
  return published.filter((root) => !kept.has(root.alias)).map((root) => root.alias);
}

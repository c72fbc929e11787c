/**
 * Catalogue facts that a later change by AWS overrides, with both dates, so that a reader sees
 * what was said when and can judge (docs/rules.md shows them). The rules follow the newer fact.
 */
export interface SupersededFact {
  readonly factId: string;
  /** Where and when the older fact was stated. */
  readonly stated: string;
  /** The fact that overrides it, and since when (YYYY-MM-DD). */
  readonly supersededBy: string;
  readonly supersededOn: string;
  /** What no longer holds (and what still does). */
  readonly note: string;
}

const specMay2024 = 'XKS proxy API specification v1.0.3 (last updated 2024-05-15)';
const currentGuide = 'the KMS Developer Guide as read for the catalogue (2026-11-30)';

export const supersededFacts: readonly SupersededFact[] = [
  {
    factId: 'XKS-PROXY-MTLS-OPTIONAL',
    stated: `${specMay2024} and ${currentGuide}`,
    supersededBy: 'SPEC-MTLS-DEPRECATED',
    supersededOn: '2026-03-09',
    note: 'mTLS is no longer an option to build on: the specification deprecated it (pull request #27). A proxy that still requires client certificates must accept the KMS name of its Region.',
  },
  {
    factId: 'PUB-SECURITY-PROFILE',
    stated: currentGuide,
    supersededBy: 'SPEC-MTLS-DEPRECATED',
    supersededOn: '2026-03-09',
    note: 'Its advice to consider mTLS for a public endpoint is superseded; that AWS suggests a public endpoint for evaluation and a VPC endpoint service for production still holds.',
  },
];

export function findSupersession(factId: string): SupersededFact | undefined {
  return supersededFacts.find((entry) => entry.factId === factId);
}

/**
 * One checkable fact of the requirement catalogue (`facts.json`, derived from
 * `../shared/xks-requirements.md`, which was written from AWS's public KMS documentation,
 * API model and XKS proxy API specification).
 */
export type FactSeverity = 'error' | 'warning' | 'info';

export interface Fact {
  /** Position in the catalogue, 1-based. */
  readonly number: number;
  /** Stable id, e.g. `XKS-ENDPOINT-FORMAT`. */
  readonly id: string;
  readonly severity: FactSeverity;
  /** The catalogue's severity wording, which may qualify it ("warning (data loss)"). */
  readonly severityNote: string;
  /** Catalogue section, e.g. `1.4 Proxy URI endpoint (XksProxyUriEndpoint)`. */
  readonly section: string;
  readonly text: string;
  readonly sources: readonly string[];
}

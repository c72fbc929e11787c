/**
 * The result of `xks-planner probe`: plain JSON, written by `--out` and read back as the plan's
 * observations. It never holds a secret: only what the proxy showed and how long it took.
 */
import type { KmsReport } from './kms-reports';
import type { ProbeCheckId } from './probe-checks';

export type ProbeStatus = 'pass' | 'fail' | 'skip';

export interface ProbeCheck extends KmsReport {
  readonly id: ProbeCheckId;
  readonly status: ProbeStatus;
  readonly message: string;
  /** The external key ID the check is about (GetKeyMetadata, Encrypt/Decrypt). */
  readonly key?: string;
  /** How long the check's network step took, in milliseconds. */
  readonly ms?: number;
}

export interface ProbeLatency {
  readonly samples: number;
  readonly p50_ms: number;
  readonly p99_ms: number;
}

export interface ServedCertificate {
  readonly subject: string;
  readonly issuer: string;
  readonly notAfter: string;
  readonly sha256: string;
}

export interface ProbeTls {
  readonly version?: string;
  readonly cipher?: string;
  /** IANA names of the cipher suites KMS offers that the server accepted, one handshake each. */
  readonly acceptedCipherSuites: readonly string[];
  readonly chain: readonly ServedCertificate[];
  /** The served chain in PEM, leaf first (certificates are public). */
  readonly chainPem?: string;
}

export interface ProbeTarget {
  /** The plan's XksProxyUriEndpoint and XksProxyUriPath, and the Region the requests were signed for. */
  readonly endpoint: string;
  readonly uriPath: string;
  readonly region: string;
  /** Where the probe connected, `address:port`, when it got that far. */
  readonly connectedTo?: string;
}

export interface ProbeSummary {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly verdict: 'pass' | 'fail';
}

export interface ProbeResult {
  /** Marks the document as a probe result, so that imports can tell it from a plan. */
  readonly kind: 'xks-probe-result';
  /** ISO 8601 instant the probe started. */
  readonly measuredAt: string;
  /** Where it ran from: the host name of the machine (or what --from said). */
  readonly measuredFrom: string;
  readonly target: ProbeTarget;
  readonly checks: readonly ProbeCheck[];
  readonly latency?: ProbeLatency;
  readonly tls?: ProbeTls;
  readonly summary: ProbeSummary;
}

export function summariseChecks(checks: readonly ProbeCheck[]): ProbeSummary {
  const count = (status: ProbeStatus) => checks.filter((check) => check.status === status).length;
  const failed = count('fail');
  return {
    passed: count('pass'),
    failed,
    skipped: count('skip'),
    verdict: failed === 0 ? 'pass' : 'fail',
  };
}

/** The nearest-rank percentile (0 < p ≤ 100) of the samples; undefined without any. */
export function percentile(samples: readonly number[], p: number): number | undefined {
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

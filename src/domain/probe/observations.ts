/**
 * Observations: a probe result (`xks-planner probe --out`) turned into the plan's `observed`
 * section (checked by zod's plan schema), and described in words. How the rules use them is in
 * with-observations.ts, which a check loads without zod.
 */
import { observedSchema, type Observed } from '../plan/plan-schema';

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Whether a parsed JSON document is a probe result rather than a plan. */
export const isProbeResult = (value: unknown): boolean =>
  isObject(value) && value.kind === 'xks-probe-result';

/** The `observed` section for a probe result, or the one line saying why it is not one. */
export function observationsFromProbeResult(
  value: unknown,
): { readonly observed: Observed } | { readonly problem: string } {
  if (!isProbeResult(value) || !isObject(value)) {
    return { problem: 'not an xks-planner probe result (no "kind": "xks-probe-result")' };
  }
  const target = isObject(value.target) ? value.target : {};
  const latency = isObject(value.latency) ? value.latency : undefined;
  const tls = isObject(value.tls) ? value.tls : undefined;
  const checks = Array.isArray(value.checks) ? value.checks : [];
  const candidate = {
    measuredAt: value.measuredAt,
    measuredFrom: value.measuredFrom,
    ...(typeof target.endpoint === 'string' && {
      endpoint: `${target.endpoint}${typeof target.uriPath === 'string' ? target.uriPath : ''}`,
    }),
    checks: checks.map((check: unknown) => {
      const { id, status, message, key, connectionErrorCode, exception } = isObject(check)
        ? check
        : {};
      return { id, status, message, key, connectionErrorCode, exception };
    }),
    ...(latency && {
      latency: { samples: latency.samples, p50Ms: latency.p50_ms, p99Ms: latency.p99_ms },
    }),
    ...(tls && {
      tls: {
        version: tls.version,
        cipher: tls.cipher,
        acceptedCipherSuites: tls.acceptedCipherSuites,
        chainPem: tls.chainPem,
      },
    }),
  };
  const parsed = observedSchema.safeParse(candidate);
  if (parsed.success) return { observed: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { problem: `probe result: ${issue.path.join('.') || 'document'}: ${issue.message}` };
}

/** "Measured on 2026-12-05 10:15 UTC from bastion-1", and what the probe found, in words. */
export function describeObservations(observed: Observed): {
  readonly headline: string;
  readonly detail: string;
} {
  const at = new Date(observed.measuredAt);
  const when = Number.isNaN(at.getTime())
    ? observed.measuredAt
    : `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const count = (status: string) => observed.checks.filter((c) => c.status === status).length;
  const failedIds = observed.checks.filter((c) => c.status === 'fail').map((c) => c.id);
  const latency = observed.latency
    ? `; round trip p50 ${observed.latency.p50Ms} ms, p99 ${observed.latency.p99Ms} ms`
    : '';
  return {
    headline: `Measured on ${when} from ${observed.measuredFrom}`,
    detail:
      `${count('pass')} probe checks passed, ${count('fail')} failed` +
      (failedIds.length > 0 ? ` (${[...new Set(failedIds)].join(', ')})` : '') +
      latency +
      '.',
  };
}

/**
 * Observations: a probe result (`xks-planner probe --out`) turned into the plan's `observed`
 * section, checked by zod's plan schema. How the rules and pages use them is in
 * plan-observations.ts, which needs no zod.
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

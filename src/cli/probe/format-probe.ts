/** The probe result as text for a terminal, or as the JSON `--out` writes. */
import { probeCheckTitles } from '../../domain/probe/probe-checks';
import type { ProbeResult } from '../../domain/probe/probe-result';
import { printable } from '../printable';

export const formatProbeJson = (result: ProbeResult) => `${JSON.stringify(result, null, 2)}\n`;

export function formatProbeText(result: ProbeResult): string {
  const { target } = result;
  const lines = [
    `Probe of ${target.endpoint}${target.uriPath} (${target.region}), from ${result.measuredFrom} at ${result.measuredAt}` +
      (target.connectedTo ? `, connected to ${target.connectedTo}` : ''),
    '',
  ];
  const width = Math.max(...result.checks.map((check) => check.id.length));
  for (const check of result.checks) {
    const kms = [check.connectionErrorCode, check.exception].filter(Boolean).join(' / ');
    const ms = check.ms === undefined ? '' : ` (${check.ms} ms)`;
    lines.push(
      `${check.status.toUpperCase().padEnd(4)}  ${check.id.padEnd(width)}  ${probeCheckTitles[check.id]}`,
    );
    lines.push(`      ${' '.repeat(width)}  ${check.message}${ms}`);
    if (check.status === 'fail' && kms)
      lines.push(`      ${' '.repeat(width)}  KMS would report: ${kms}`);
  }
  if (result.tls) {
    lines.push('', `TLS: ${result.tls.version ?? '?'} with ${result.tls.cipher ?? '?'}`);
    for (const [index, certificate] of result.tls.chain.entries()) {
      lines.push(
        `  ${index + 1}. ${certificate.subject} (issuer ${certificate.issuer}, until ${certificate.notAfter})`,
      );
    }
  }
  if (result.latency) {
    const { samples, p50_ms, p99_ms } = result.latency;
    lines.push(
      '',
      `Latency: p50 ${p50_ms} ms, p99 ${p99_ms} ms over ${samples} signed GetHealthStatus calls`,
    );
  }
  const { passed, failed, skipped, verdict } = result.summary;
  lines.push(
    '',
    `${passed} passed, ${failed} failed, ${skipped} skipped: ${verdict === 'pass' ? 'PASS' : 'FAIL'}`,
  );
  return `${lines.map(printable).join('\n')}\n`;
}

import { isUnusable, summarise, type DocumentCheck } from '../domain/check/check-document';
import { verdictOf } from '../domain/check/verdict';
import type { CheckedFile } from './check-file';

/** The summary of one checked document: counts per severity, the unknowns and the verdict. */
export function checkSummary(check: DocumentCheck) {
  const verdict = verdictOf(check);
  return {
    ...summarise(check.findings),
    unknowns: verdict.unknowns,
    adviceUnknowns: verdict.adviceUnknowns,
    verdict: verdict.state,
  };
}

function fileReport({ outcome }: CheckedFile) {
  if (isUnusable(outcome)) return { error: outcome.unusable };
  return {
    findings: outcome.findings,
    unknowns: outcome.unknowns.map(({ ruleId, severity, paths, message }) => ({
      ruleId,
      severity,
      paths,
      message,
    })),
    summary: checkSummary(outcome),
  };
}

/**
 * One file: `{ findings, unknowns, summary }` (or `{ error }`); several: an array of the same
 * objects with a leading `file`. `summary.verdict` is "ready", "incomplete" or "blocked".
 */
export function formatJson(files: readonly CheckedFile[]): string {
  const report =
    files.length === 1
      ? fileReport(files[0]!)
      : files.map((file) => ({ file: file.file, ...fileReport(file) }));
  return `${JSON.stringify(report, null, 2)}\n`;
}

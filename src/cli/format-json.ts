import { isUnusable, summarise } from '../domain/check/check-document';
import type { CheckedFile } from './check-file';

function fileReport({ outcome }: CheckedFile) {
  if (isUnusable(outcome)) return { error: outcome.unusable };
  return { findings: outcome.findings, summary: summarise(outcome.findings) };
}

/**
 * One file: `{ findings, summary }` (or `{ error }`); several: an array of the same objects with
 * a leading `file`.
 */
export function formatJson(files: readonly CheckedFile[]): string {
  const report =
    files.length === 1
      ? fileReport(files[0]!)
      : files.map((file) => ({ file: file.file, ...fileReport(file) }));
  return `${JSON.stringify(report, null, 2)}\n`;
}

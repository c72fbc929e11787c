/** Reads a probe result file (`xks-planner probe --out`) as the observations `check --observed` adds. */
import { maxDocumentBytes, parseDocumentText } from '../../domain/check/check-document';
import type { Observed } from '../../domain/plan/plan-schema';
import { observationsFromProbeResult } from '../../domain/probe/observations';
import type { CliIo } from '../cli-io';

export async function readObservations(
  file: string,
  io: Pick<CliIo, 'stat' | 'readFile'>,
): Promise<{ readonly observed: Observed } | { readonly problem: string }> {
  let text: string;
  try {
    if ((await io.stat(file)).size > maxDocumentBytes) return { problem: `${file}: too large` };
    text = await io.readFile(file, maxDocumentBytes);
  } catch {
    return { problem: `${file}: cannot read the file` };
  }
  const parsed = parseDocumentText(text);
  if ('unusable' in parsed) return { problem: `${file}: ${parsed.unusable}` };
  const observations = observationsFromProbeResult(parsed.value);
  return 'problem' in observations ? { problem: `${file}: ${observations.problem}` } : observations;
}

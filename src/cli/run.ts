import { version } from '../../package.json';
import { isUnusable } from '../domain/check/check-document';
import { checkFile, type CheckedFile } from './check-file';
import type { CliIo } from './cli-io';
import { formatJson } from './format-json';
import { formatSarif } from './format-sarif';
import { ansiPaint, formatText, plainPaint } from './format-text';
import { exportPlan } from './export-plan';
import { openLink, printLink } from './share-link';
import { reportPlan } from './report-plan';
import { explainCode } from './explain-code';
import { parseArguments, usage, type OutputFormat } from './parse-arguments';
import { printable, terminalSafe } from './printable';

import { exitCodes } from './exit-codes';

// https://no-color.org: colour only for a terminal, and never when NO_COLOR is set.
const usesColour = (io: CliIo) => io.isTTY && !io.env.NO_COLOR;

function format(files: readonly CheckedFile[], outputFormat: OutputFormat, io: CliIo): string {
  switch (outputFormat) {
    case 'json':
      return formatJson(files);
    case 'sarif':
      return formatSarif(files);
    case 'text':
      return formatText(files, usesColour(io) ? ansiPaint : plainPaint);
  }
}

async function check(files: readonly string[], outputFormat: OutputFormat, io: CliIo) {
  const checked: CheckedFile[] = [];
  for (const file of files) {
    const result = await checkFile(file, io);
    if (isUnusable(result.outcome)) {
      io.stderr(`xks-planner: ${printable(`${file}: ${result.outcome.unusable}`)}\n`);
    }
    checked.push(result);
  }
  io.stdout(format(checked, outputFormat, io));
  if (checked.some(({ outcome }) => isUnusable(outcome))) return exitCodes.unusable;
  const hasError = checked.some(
    ({ outcome }) =>
      !isUnusable(outcome) && outcome.findings.some((finding) => finding.severity === 'error'),
  );
  return hasError ? exitCodes.errorFindings : exitCodes.clean;
}

/**
 * Runs `xks-planner` with the given arguments; returns the exit code and never throws. Everything
 * it writes to standard output and error passes through `terminalSafe`.
 */
export async function run(argv: readonly string[], terminal: CliIo): Promise<number> {
  const keepStyles = usesColour(terminal);
  const io: CliIo = {
    ...terminal,
    stdout: (text) => terminal.stdout(terminalSafe(text, keepStyles)),
    stderr: (text) => terminal.stderr(terminalSafe(text, false)),
  };
  try {
    const invocation = parseArguments(argv);
    switch (invocation.action) {
      case 'help':
        io.stdout(usage);
        return exitCodes.clean;
      case 'version':
        io.stdout(`${version}\n`);
        return exitCodes.clean;
      case 'usage-error':
        io.stderr(`xks-planner: ${printable(invocation.problem)}\n\n${usage}`);
        return exitCodes.unusable;
      case 'check':
        return await check(invocation.files, invocation.format, io);
      case 'export':
        return await exportPlan(invocation, io);
      case 'link':
        return await printLink(invocation, io);
      case 'open':
        return openLink(invocation, io);
      case 'report':
        return await reportPlan(invocation, io);
      case 'explain':
        return await explainCode(invocation, io);
    }
  } catch (error) {
    // A bug must still end in one line, not a stack trace.
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.stderr(`xks-planner: internal error, please report it: ${printable(reason)}\n`);
    return exitCodes.unusable;
  }
}

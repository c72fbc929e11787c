import { version } from '../../package.json' with { type: 'json' };
import { isUnusable } from '../domain/check/check-document';
import { verdictOf } from '../domain/check/verdict';
import { accountInventoryFrom, type AccountInventory } from '../domain/plan/account-inventory';
import { checkFile, readJsonFile, type CheckedFile } from './check-file';
import type { CliIo } from './cli-io';
import { formatJson } from './format-json';
import { formatSarif } from './format-sarif';
import { ansiPaint, formatText, plainPaint } from './format-text';
import { parseArguments, usage, type Invocation, type OutputFormat } from './parse-arguments';
import { printable, terminalSafe } from './printable';
import { probeUsage } from './probe/parse-probe-arguments';

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

/** What the account has, from each `--existing` file, or the reason a file cannot be used. */
async function readExisting(
  files: readonly string[],
  io: CliIo,
): Promise<AccountInventory | { readonly unusable: string }> {
  let inventory: AccountInventory = {};
  for (const file of files) {
    const read = await readJsonFile(file, io);
    const reading = 'unusable' in read ? read : accountInventoryFrom(read.value);
    if ('unusable' in reading) return { unusable: `${file}: ${reading.unusable}` };
    inventory = { ...inventory, ...reading };
  }
  return inventory;
}

type CheckInvocation = Extract<Invocation, { action: 'check' }>;

async function check(invocation: CheckInvocation, io: CliIo) {
  const existing = await readExisting(invocation.existing, io);
  if ('unusable' in existing) {
    io.stderr(`xks-planner: ${printable(existing.unusable)}\n`);
    return exitCodes.unusable;
  }
  // Loaded only with --observed: reading a probe result needs zod, which a check does not.
  const observed =
    invocation.observed === undefined
      ? undefined
      : await (await import('./probe/read-observations')).readObservations(invocation.observed, io);
  if (observed !== undefined && 'problem' in observed) {
    io.stderr(`xks-planner: ${printable(observed.problem)}\n`);
    return exitCodes.unusable;
  }
  const checked: CheckedFile[] = [];
  for (const file of invocation.files) {
    const result = await checkFile(file, io, {
      ...existing,
      ...(observed && { observed: observed.observed }),
    });
    if (isUnusable(result.outcome)) {
      io.stderr(`xks-planner: ${printable(`${file}: ${result.outcome.unusable}`)}\n`);
    }
    checked.push(result);
  }
  io.stdout(format(checked, invocation.format, io));
  if (checked.some(({ outcome }) => isUnusable(outcome))) return exitCodes.unusable;
  const states = checked.map(({ outcome }) =>
    isUnusable(outcome) ? 'blocked' : verdictOf(outcome).state,
  );
  const passes = (state: string) =>
    state === 'ready' || (state === 'incomplete' && invocation.allowIncomplete);
  return states.every(passes) ? exitCodes.clean : exitCodes.notReady;
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
        return await check(invocation, io);
      // Each command other than check loads its code when it runs: `check`, the one CI runs on
      // every commit, then starts without reading the generators, the report or the probe.
      case 'export':
        return await (await import('./export-plan')).exportPlan(invocation, io);
      case 'link':
        return await (await import('./share-link')).printLink(invocation, io);
      case 'open':
        return (await import('./share-link')).openLink(invocation, io);
      case 'report':
        return await (await import('./report-plan')).reportPlan(invocation, io);
      case 'explain':
        return await (await import('./explain-code')).explainCode(invocation, io);
      case 'probe':
        return await (await import('./probe/probe-command')).probeCommand(invocation, io);
      case 'probe-help':
        io.stdout(probeUsage);
        return exitCodes.clean;
    }
  } catch (error) {
    // A bug must still end in one line, not a stack trace.
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.stderr(`xks-planner: internal error, please report it: ${printable(reason)}\n`);
    return exitCodes.unusable;
  }
}

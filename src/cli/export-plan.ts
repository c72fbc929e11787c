import { join } from 'node:path';
import { analyseChainOf } from '../domain/check/check-with-certificates';
import { generateExport } from '../domain/generators';
import { checkPlanFile } from './check-file';
import type { CliIo } from './cli-io';
import { secretEnvironmentVariable, type Invocation } from './parse-arguments';
import { printable } from './printable';
import { exitCodes } from './exit-codes';

type ExportInvocation = Extract<Invocation, { action: 'export' }>;

/**
 * `xks-planner export`: checks the plan, warns about its error findings, then writes the files.
 * The plan exported is the one the rules judged, so a secret in the file never reaches the output.
 */
export async function exportPlan(invocation: ExportInvocation, io: CliIo): Promise<number> {
  const say = (text: string) => io.stderr(`xks-planner: ${printable(text)}\n`);
  const checked = await checkPlanFile(invocation.file, 'export', io);
  if ('problem' in checked) {
    say(checked.problem);
    return exitCodes.unusable;
  }
  let secretAccessKey: string | undefined;
  if (invocation.includeSecret) {
    secretAccessKey = io.env[secretEnvironmentVariable];
    if (!secretAccessKey) {
      say(`--include-secret reads the secret from ${secretEnvironmentVariable}, which is not set`);
      return exitCodes.unusable;
    }
  }
  const errors = checked.findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) {
    say(
      `warning: ${invocation.file} has ${errors.length} error finding${errors.length === 1 ? '' : 's'}; AWS would refuse parts of this plan. Exporting anyway:`,
    );
    for (const finding of errors)
      io.stderr(`  ${printable(`${finding.ruleId} ${finding.path}: ${finding.message}`)}\n`);
  }
  // The alarm reads the pasted chain's server name. The check analysed that chain, unless a
  // probe's served chain took its place.
  const certificateChain =
    checked.plan.observed?.tls?.chainPem === undefined
      ? checked.certificateChain
      : await analyseChainOf(checked.plan.tls?.certificateChainPem);
  const files = generateExport(invocation.format, checked.plan, {
    secretAccessKey,
    certificateChain,
  });
  try {
    for (const file of files) await io.writeFile(join(invocation.out, file.path), file.content);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    say(`cannot write to ${invocation.out}${typeof code === 'string' ? ` (${code})` : ''}`);
    return exitCodes.unusable;
  }
  io.stdout(
    `Wrote ${files.length} ${invocation.format} file${files.length === 1 ? '' : 's'} to ${printable(invocation.out)}: ${files.map((file) => file.path).join(', ')}\n`,
  );
  return errors.length > 0 ? exitCodes.errorFindings : exitCodes.clean;
}

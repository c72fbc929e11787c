import { isUnusable } from '../domain/check/check-document';
import { generatePlanFile } from '../domain/generators/plan-file/generate-plan-file';
import { decodePlanLink, encodePlanLink, linkTooLongProblem } from '../domain/share/share-codec';
import { checkFile } from './check-file';
import type { CliIo } from './cli-io';
import { exitCodes } from './exit-codes';
import type { Invocation } from './parse-arguments';
import { printable } from './printable';

const defaultPlannerUrl = 'http://localhost:5173';

/** `xks-planner link <plan>`: the share link of a plan (secrets and malformed values left out). */
export async function printLink(
  invocation: Extract<Invocation, { action: 'link' }>,
  io: CliIo,
): Promise<number> {
  const { outcome } = await checkFile(invocation.file, io);
  if (isUnusable(outcome) || outcome.kind !== 'plan' || !outcome.plan) {
    const problem = isUnusable(outcome) ? outcome.unusable : 'is not a plan';
    io.stderr(`xks-planner: ${printable(`${invocation.file}: ${problem}`)}\n`);
    return exitCodes.unusable;
  }
  const token = encodePlanLink(outcome.plan);
  const tooLong = linkTooLongProblem(token);
  if (tooLong !== undefined) {
    const planFile = `xks-planner export ${invocation.file} --format plan --out <folder>`;
    io.stderr(`xks-planner: ${printable(`${invocation.file}: ${tooLong} (${planFile})`)}\n`);
    return exitCodes.unusable;
  }
  const base = (invocation.base ?? io.env.XKS_PLANNER_URL ?? defaultPlannerUrl).replace(/\/+$/, '');
  io.stdout(`${base}/plan/review#plan=${token}\n`);
  return exitCodes.clean;
}

/** `xks-planner open <link>`: the plan a link carries, as a plan file. */
export function openLink(invocation: Extract<Invocation, { action: 'open' }>, io: CliIo): number {
  const decoded = decodePlanLink(invocation.link);
  if ('problem' in decoded) {
    io.stderr(`xks-planner: cannot open the link: ${printable(decoded.problem)}\n`);
    return exitCodes.unusable;
  }
  if (decoded.note !== undefined) io.stderr(`xks-planner: note: ${decoded.note}\n`);
  io.stdout(generatePlanFile(decoded.plan)[0]!.content);
  return exitCodes.clean;
}

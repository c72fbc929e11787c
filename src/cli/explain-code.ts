import type { Finding } from '../domain/engine/types';
import {
  closeMatches,
  errorCodeKindLabels,
  errorCodes,
  explainForPlan,
  findErrorCode,
  reasonNotExplained,
  type ErrorCodeEntry,
  type PlanExplanation,
} from '../domain/explain/error-codes';
import { checkPlanFile } from './check-file';
import type { CliIo } from './cli-io';
import { exitCodes } from './exit-codes';
import type { Invocation } from './parse-arguments';
import { printable } from './printable';

type ExplainInvocation = Extract<Invocation, { action: 'explain' }>;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function listText(): string {
  const width = Math.max(...errorCodes.map((entry) => entry.code.length));
  return errorCodes.map((entry) => `${entry.code.padEnd(width)}  ${entry.title}\n`).join('');
}

function findingLine(finding: Finding): string {
  // Messages quote plan values: keep them from sending terminal escape sequences.
  return `       ${finding.severity} ${finding.ruleId} at ${printable(finding.path || '/')}: ${printable(finding.message)}\n`;
}

/** The entry as text; with a plan, each cause lists the plan's findings and checklist items. */
function explanationText(
  entry: ErrorCodeEntry,
  explained: PlanExplanation | undefined,
  planFile?: string,
): string {
  const lines = [
    `${entry.code}: ${entry.title}`,
    `(${errorCodeKindLabels[entry.kind]})`,
    '',
    entry.meaning,
    '',
  ];
  if (entry.recovery) lines.push(`To recover: ${entry.recovery}`, '');
  lines.push(entry.causes.length > 0 ? 'Causes:' : 'No cause in a plan leads to it.');
  const text = [`${lines.join('\n')}\n`];
  entry.causes.forEach((cause, index) => {
    text.push(`  ${index + 1}. ${cause.text}\n`);
    if (cause.ruleIds.length > 0) text.push(`     Rules: ${cause.ruleIds.join(', ')}\n`);
    if (cause.checklistIds.length > 0)
      text.push(`     Checklist: ${cause.checklistIds.join(', ')}\n`);
    const planned = explained?.causes[index];
    if (!planned) return;
    if (planned.findings.length + planned.unknowns.length > 0) {
      text.push(`     In ${planFile}:\n`);
      for (const finding of planned.findings) text.push(findingLine(finding));
      for (const unknown of planned.unknowns) {
        text.push(`       unknown ${unknown.ruleId}: ${printable(unknown.message)}\n`);
      }
    } else if (cause.ruleIds.length > 0) {
      text.push(`     In ${planFile}: no finding of these rules.\n`);
    }
    for (const item of planned.checklistItems) text.push(`     To verify by hand: ${item.text}\n`);
  });
  text.push('\nSources:\n', ...entry.sources.map((source) => `  ${source}\n`));
  return text.join('');
}

/**
 * `xks-planner explain`: what an external key store error code means and, given a plan, which of
 * its findings and checklist items would cause it.
 */
export async function explainCode(invocation: ExplainInvocation, io: CliIo): Promise<number> {
  const say = (text: string) => io.stderr(`xks-planner: ${printable(text)}\n`);
  if (invocation.list) {
    io.stdout(
      invocation.format === 'json'
        ? json(errorCodes.map(({ code, kind, title }) => ({ code, kind, title })))
        : listText(),
    );
    return exitCodes.clean;
  }
  const code = invocation.code!;
  const entry = findErrorCode(code);
  if (!entry) {
    const reason = reasonNotExplained(code);
    if (reason) {
      io.stdout(
        invocation.format === 'json'
          ? json({ code: code.trim(), appliesToExternalKeyStores: false, reason })
          : `${printable(code.trim())}: ${reason} It does not occur with external key stores.\n`,
      );
      return exitCodes.clean;
    }
    const matches = closeMatches(code).map((match) => match.code);
    say(
      `unknown error code "${code}"${matches.length > 0 ? `; did you mean ${matches.join(', ')}?` : ''} (xks-planner explain --list shows every code)`,
    );
    return exitCodes.unusable;
  }
  let explained: PlanExplanation | undefined;
  if (invocation.plan !== undefined) {
    const checked = await checkPlanFile(invocation.plan, 'explain --plan', io);
    if ('problem' in checked) {
      say(checked.problem);
      return exitCodes.unusable;
    }
    explained = explainForPlan(entry, checked, checked.plan.keyStore?.XksProxyConnectivity);
  }
  io.stdout(
    invocation.format === 'json'
      ? json(explained ?? entry)
      : explanationText(entry, explained, invocation.plan && printable(invocation.plan)),
  );
  return exitCodes.clean;
}

import {
  isUnusable,
  summarise,
  type DocumentKind,
  type Summary,
} from '../domain/check/check-document';
import { counted, decidingUnknowns, verdictOf, type VerdictState } from '../domain/check/verdict';
import { severities, type Finding, type Severity, type Unknown } from '../domain/engine/types';
import type { CheckedFile } from './check-file';
import { printable } from './printable';

type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'cyan';

/** Wraps text in a style; the plain variant leaves it as it is. */
export type Paint = (style: Style, text: string) => string;

const ansi: Readonly<Record<Style, readonly [open: number, close: number]>> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  cyan: [36, 39],
};

export const ansiPaint: Paint = (style, text) =>
  `\u001b[${ansi[style][0]}m${text}\u001b[${ansi[style][1]}m`;

export const plainPaint: Paint = (_style, text) => text;

const headings: Readonly<Record<Severity, string>> = {
  error: 'Errors',
  warning: 'Warnings',
  info: 'Info',
};

const severityStyles: Readonly<Record<Severity, Style>> = {
  error: 'red',
  warning: 'yellow',
  info: 'cyan',
};

const kindNames: Readonly<Record<DocumentKind, string>> = {
  plan: 'XKS plan',
  'proxy-config': 'KMS proxy configuration file',
};

const describeSummary = (summary: Summary) =>
  `${counted(summary.errors, 'error')}, ${counted(summary.warnings, 'warning')}, ${counted(summary.infos, 'info')}`;

function formatFinding(finding: Finding, paint: Paint): string[] {
  const place = finding.path === '' ? '(whole document)' : finding.path;
  const [firstSource, ...otherSources] = finding.sources;
  return [
    `    ${paint('bold', finding.ruleId)}  ${paint('dim', printable(place))}`,
    `      ${printable(finding.message)}`,
    `      Fix: ${printable(finding.fix)}`,
    ...(firstSource === undefined ? [] : [`      ${paint('dim', `Source: ${firstSource}`)}`]),
    ...otherSources.map((source) => `              ${paint('dim', source)}`),
  ];
}

const verdictStyles: Readonly<Record<VerdictState, Style>> = {
  ready: 'bold',
  incomplete: 'yellow',
  blocked: 'red',
};

function formatUnknown(unknown: Unknown, paint: Paint): string[] {
  return [
    `    ${paint('bold', unknown.ruleId)}  ${paint('dim', printable(unknown.paths.join(', ')))}`,
    `      ${printable(unknown.message)}`,
  ];
}

/** What the plan must still state: the deciding unknowns in full, advice ones as a count. */
function formatUnknowns(unknowns: readonly Unknown[], paint: Paint): string[] {
  const deciding = decidingUnknowns(unknowns);
  const advice = unknowns.length - deciding.length;
  if (unknowns.length === 0) return [];
  const lines = [
    `  ${paint('yellow', `What the plan does not say yet (${deciding.length})`)}`,
    ...deciding.flatMap((unknown) => formatUnknown(unknown, paint)),
  ];
  if (advice > 0) {
    lines.push(
      `    ${paint('dim', `and ${counted(advice, 'advisory rule')} (warnings, info) not judged for want of facts`)}`,
    );
  }
  return lines;
}

function formatFile({ file, outcome }: CheckedFile, paint: Paint): string[] {
  if (isUnusable(outcome)) {
    return [`${paint('bold', printable(file))}: ${paint('red', 'not checked')}`];
  }
  const lines = [`${paint('bold', printable(file))} (${kindNames[outcome.kind]})`];
  for (const severity of severities) {
    const findings = outcome.findings.filter((finding) => finding.severity === severity);
    if (findings.length === 0) continue;
    lines.push(
      `  ${paint(severityStyles[severity], `${headings[severity]} (${findings.length})`)}`,
    );
    for (const finding of findings) lines.push(...formatFinding(finding, paint));
  }
  if (outcome.findings.length === 0) lines.push('  No findings.');
  lines.push(...formatUnknowns(outcome.unknowns, paint));
  const verdict = verdictOf(outcome);
  lines.push(
    `  ${paint(verdictStyles[verdict.state], verdict.headline)} (${describeSummary(summarise(outcome.findings))}, ${verdict.unknowns} not known yet)`,
  );
  return lines;
}

/** The human report: per file, findings grouped by severity, then a summary. */
export function formatText(files: readonly CheckedFile[], paint: Paint): string {
  const blocks = files.map((file) => formatFile(file, paint).join('\n'));
  if (files.length > 1) {
    const checked = files.flatMap(({ outcome }) => (isUnusable(outcome) ? [] : outcome.findings));
    const unusable = files.filter(({ outcome }) => isUnusable(outcome)).length;
    const notChecked = unusable === 0 ? '' : `; ${counted(unusable, 'file')} not checked`;
    const states = files.flatMap(({ outcome }) =>
      isUnusable(outcome) ? [] : [verdictOf(outcome).state],
    );
    const verdicts = (['ready', 'incomplete', 'blocked'] as const)
      .map((state) => `${states.filter((each) => each === state).length} ${state}`)
      .join(', ');
    blocks.push(
      `${counted(files.length, 'file')} (${verdicts}): ${describeSummary(summarise(checked))}${notChecked}`,
    );
  }
  return `${blocks.join('\n\n')}\n`;
}

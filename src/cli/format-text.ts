import {
  isUnusable,
  summarise,
  type DocumentKind,
  type Summary,
} from '../domain/check/check-document';
import { severities, type Finding, type Severity } from '../domain/engine/types';
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

const counted = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

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
  lines.push(`  ${describeSummary(summarise(outcome.findings))}`);
  return lines;
}

/** The human report: per file, findings grouped by severity, then a summary. */
export function formatText(files: readonly CheckedFile[], paint: Paint): string {
  const blocks = files.map((file) => formatFile(file, paint).join('\n'));
  if (files.length > 1) {
    const checked = files.flatMap(({ outcome }) => (isUnusable(outcome) ? [] : outcome.findings));
    const unusable = files.filter(({ outcome }) => isUnusable(outcome)).length;
    const notChecked = unusable === 0 ? '' : `; ${counted(unusable, 'file')} not checked`;
    blocks.push(
      `${counted(files.length, 'file')}: ${describeSummary(summarise(checked))}${notChecked}`,
    );
  }
  return `${blocks.join('\n\n')}\n`;
}

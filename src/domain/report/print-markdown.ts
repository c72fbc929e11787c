/**
 * The report as Markdown (CommonMark with GitHub tables). Plan text is escaped, so that a name
 * holding Markdown or HTML shows as written; the architecture is given as a list, since Markdown
 * viewers do not draw inline SVG alike.
 */
import { placeName } from '../plan/plan-fields';
import {
  checklistLeftOutLine,
  areaCounts,
  notApplicableHeading,
  ruleGroups,
  statusLabels,
  verdictCounts,
  type Report,
  type ReportArea,
  type RuleResult,
} from './build-report';
import { risksNote } from './summary';

/**
 * Backslash-escapes the punctuation Markdown (with GitHub's tables, strikethrough and math) or
 * inline HTML could act on within a line; the report never starts a line with plan text.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|&$~]/g, '\\$&');
}

const code = (text: string) => {
  // A code span cannot hold a line break, and must be fenced by more backticks than it holds.
  const flat = text.replace(/\s+/g, ' ');
  const fence = '`'.repeat(
    (flat.match(/`+/g) ?? ['']).reduce((a, b) => Math.max(a, b.length), 0) + 1,
  );
  return `${fence}${flat.startsWith('`') || flat.endsWith('`') ? ` ${flat} ` : flat}${fence}`;
};

const url = (text: string) =>
  /^https?:\/\/[^\s<>]+$/.test(text) ? `<${text}>` : escapeMarkdown(text);

function fence(text: string, language: string): string {
  const longest = (text.match(/`{3,}/g) ?? []).reduce((a, b) => Math.max(a, b.length), 0);
  const marks = '`'.repeat(Math.max(3, longest + 1));
  return `${marks}${language}\n${text.trimEnd()}\n${marks}`;
}

/**
 * Prose that may hold `code` spans (rule messages, fixes, checklist and runbook texts): the spans
 * print as code, everything else is escaped.
 */
export function markdownProse(text: string): string {
  return text
    .split(/(`[^`\n]+`)/)
    .map((part, index) => (index % 2 === 1 ? code(part.slice(1, -1)) : escapeMarkdown(part)))
    .join('');
}

/** Places named as the wizard labels them, with their step: a reader fills in the wizard. */
const places = (paths: readonly string[]) =>
  paths.map((path) => escapeMarkdown(placeName(path))).join('; ');

function summary(report: Report, out: string[]): void {
  const e = escapeMarkdown;
  const m = markdownProse;
  const { decisions, openItems, risks, signOffRoles } = report.summary;
  out.push(
    '## Summary',
    '',
    '### Decision record',
    '',
    '| Decision | Choice | Why |',
    '| --- | --- | --- |',
    ...decisions.map(
      (line) =>
        `| ${e(line.decision)} | ${e(line.choice)} | ${m(line.why)}${line.source ? ` (${url(line.source)})` : ''} |`,
    ),
    '',
    `### Open items (${openItems.length})`,
    '',
  );
  if (openItems.length === 0) {
    out.push('None: nothing blocks the plan and nothing it must state is missing.', '');
  }
  openItems.forEach((item, index) => {
    out.push(
      `${index + 1}. **${item.kind === 'error' ? 'Error' : 'Not known yet'}** ${code(item.ruleId)} ${e(item.title)}${item.text === undefined ? '' : `: ${m(item.text)}`}`,
      `   Fix: ${m(item.fix)} Where: ${places(item.paths)}`,
    );
  });
  out.push('', `### Risks (${risks.length})`, '');
  out.push(...risks.map((risk) => `- ${code(risk.ruleId)} ${m(risk.text)}`));
  const note = risksNote(report.summary);
  if (note !== undefined) out.push(...(risks.length ? [''] : []), note);
  out.push(
    '',
    '### Sign-off',
    '',
    '| Role | Name | Date | Decision | Signature |',
    '| --- | --- | --- | --- | --- |',
    ...signOffRoles.map((role) => `| ${e(role)} | | | Approve / Reject | |`),
    '',
  );
}

function ruleInFull(rule: RuleResult, out: string[]): void {
  const e = escapeMarkdown;
  const m = markdownProse;
  out.push(`- **${statusLabels[rule.status]}** ${code(rule.ruleId)}: ${e(rule.title)}`);
  if (rule.notApplicableReason) out.push(`  - ${e(rule.notApplicableReason)}`);
  if (rule.missing) out.push(`  - Not known yet: the plan does not state ${places(rule.missing)}.`);
  for (const finding of rule.findings) {
    out.push(
      `  - ${finding.path ? `${escapeMarkdown(placeName(finding.path))}: ` : ''}${m(finding.message)}`,
      `    Fix: ${m(finding.fix)}`,
    );
  }
  if (rule.status !== 'pass' && rule.status !== 'not-applicable') {
    out.push(`  - Sources: ${rule.sources.map(url).join(', ')}`);
  }
}

function areasInFull(areas: readonly ReportArea[], out: string[]): void {
  for (const area of areas) {
    out.push(`### ${escapeMarkdown(area.title)}`, '', areaCounts(area) ?? 'No findings.', '');
    for (const rule of area.rules) ruleInFull(rule, out);
    out.push('');
  }
}

function rules(report: Report, out: string[]): void {
  out.push('## Rules', '');
  if (report.detail === 'full') {
    areasInFull(report.areas, out);
    return;
  }
  const groups = ruleGroups(report);
  out.push('### Findings and unknowns', '');
  if (groups.open.length === 0) out.push('None.', '');
  areasInFull(groups.open, out);
  out.push(
    '### Passing',
    '',
    ...groups.passing.flatMap((area) =>
      area.rules.map(
        (rule) =>
          `- ${escapeMarkdown(area.title)}: ${code(rule.ruleId)} ${escapeMarkdown(rule.title)}`,
      ),
    ),
    '',
    `### ${notApplicableHeading}`,
    '',
    ...groups.notApplicable.map(
      (line) =>
        `- ${escapeMarkdown(line.area)}: ${line.count} ${line.count === 1 ? 'rule' : 'rules'}. ${escapeMarkdown(line.reason)}`,
    ),
    '',
  );
}

export function printReportMarkdown(report: Report): string {
  const out: string[] = [];
  const e = escapeMarkdown;
  const m = markdownProse;
  const { verdict } = report;
  out.push(
    `# Readiness report: ${e(report.planName)}`,
    '',
    `**${verdict.headline}** (${verdictCounts(verdict)})`,
    '',
    '| | |',
    '| --- | --- |',
    `| Plan | ${e(report.planName)} |`,
    `| Region | ${e(report.region ?? 'not set')} |`,
    `| Account | ${e(report.accountId ?? 'not set')} |`,
    `| Connectivity | ${report.connectivityLabel} |`,
    `| Date | ${report.date} |`,
    ...(report.link ? [`| Share link | ${url(report.link)} |`] : []),
    '',
  );
  summary(report, out);
  out.push('## Architecture', '', e(report.architecture.description), '');
  const { boxes, arrows } = report.architecture;
  boxes.forEach((box, index) => {
    out.push(
      `${index + 1}. **${e(box.title)}**${box.lines.length ? `: ${box.lines.map(e).join('; ')}` : ''}`,
    );
    const arrow = arrows[index];
    if (arrow) out.push(`   - then ${e(arrow.label)}`);
  });
  out.push('');
  rules(report, out);
  out.push('## Manual checklist', '', 'What the plan cannot show: verify each by hand.', '');
  const leftOut = checklistLeftOutLine(report);
  if (leftOut) out.push(e(leftOut), '');
  for (const item of report.checklist) {
    out.push(`- [ ] ${m(item.text)} (${code(item.id)}; ${item.sources.map(url).join(', ')})`);
  }
  out.push('');
  if (report.latency) {
    out.push('## Latency and capacity budget', '', '| | | |', '| --- | --- | --- |');
    for (const row of report.latency.rows) {
      out.push(`| ${e(row.label)} | ${e(row.value)} | ${m(row.note ?? '')} |`);
    }
    out.push('');
  }
  out.push(
    '## CloudWatch alarms',
    '',
    '| Alarm | Measures | Alarm when | Period | Why |',
    '| --- | --- | --- | --- | --- |',
    ...report.alarms.map(
      (alarm) =>
        `| ${code(alarm.name)} | ${code(alarm.measure)} | ${e(alarm.condition ?? 'threshold not set')} | ${alarm.periodSeconds} s | ${m(alarm.description)} |`,
    ),
    '',
    '## Rollout runbook',
    '',
  );
  report.runbook.forEach((step, index) => {
    out.push(`### ${index + 1}. ${e(step.title)}`, '', m(step.text), '');
    if (step.commands) out.push(fence(step.commands, 'bash'), '');
  });
  out.push('## Troubleshooting', '');
  if (report.troubleshooting.length === 0) {
    out.push('Nothing in this plan points at a KMS error code.', '');
  }
  for (const { entry, causes } of report.troubleshooting) {
    out.push(`### ${code(entry.code)}: ${e(entry.title)}`, '', m(entry.meaning), '');
    for (const cause of causes) {
      out.push(`- ${m(cause.text)}`);
      for (const entry of [...cause.findings, ...cause.unknowns]) {
        out.push(`  - In this plan: ${code(entry.ruleId)} ${m(entry.message)}`);
      }
      if (cause.ruleIds.length && !cause.findings.length && !cause.unknowns.length) {
        out.push(
          `  - Nothing in this plan points at it (${cause.ruleIds.map(code).join(', ')} found nothing).`,
        );
      }
      for (const item of cause.checklistItems) out.push(`  - Check by hand: ${m(item.text)}`);
    }
    out.push('', `Sources: ${entry.sources.map(url).join(', ')}`, '');
  }
  if (report.troubleshootingLeftOut > 0) {
    out.push(
      `${report.troubleshootingLeftOut} other error codes are not tied to anything in this plan; XKS Planner's /explain page and ${code('xks-planner explain --list')} explain every code.`,
      '',
    );
  }
  out.push(
    'Made by XKS Planner. The AWS documentation linked from each rule is the authority.',
    '',
  );
  return out.join('\n');
}

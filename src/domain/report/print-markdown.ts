/**
 * The report as Markdown (CommonMark with GitHub tables). Plan text is escaped, so that a name
 * holding Markdown or HTML shows as written; the architecture is given as a list, since Markdown
 * viewers do not draw inline SVG alike.
 */
import { areaCounts, statusLabels, verdictCounts, type Report } from './build-report';

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

export function printReportMarkdown(report: Report): string {
  const out: string[] = [];
  const e = escapeMarkdown;
  const { verdict } = report;
  out.push(
    `# Readiness report: ${e(report.planName)}`,
    '',
    `**${verdict.headline}** (${verdictCounts(verdict)})`,
    '',
    ...(report.unknowns.length === 0
      ? []
      : [
          'What the plan does not say yet:',
          '',
          ...report.unknowns.map(
            (unknown) => `- ${e(unknown.title)}: state ${unknown.paths.map(code).join(', ')}`,
          ),
          '',
        ]),
    '| | |',
    '| --- | --- |',
    `| Plan | ${e(report.planName)} |`,
    `| Region | ${e(report.region ?? 'not set')} |`,
    `| Account | ${e(report.accountId ?? 'not set')} |`,
    `| Connectivity | ${report.connectivityLabel} |`,
    `| Date | ${report.date} |`,
    ...(report.link ? [`| Share link | ${url(report.link)} |`] : []),
    '',
    '## Architecture',
    '',
    e(report.architecture.description),
    '',
  );
  const { boxes, arrows } = report.architecture;
  boxes.forEach((box, index) => {
    out.push(
      `${index + 1}. **${e(box.title)}**${box.lines.length ? `: ${box.lines.map(e).join('; ')}` : ''}`,
    );
    const arrow = arrows[index];
    if (arrow) out.push(`   - then ${e(arrow.label)}`);
  });
  out.push('', '## Rules', '');
  for (const area of report.areas) {
    out.push(`### ${e(area.title)}`, '', areaCounts(area) ?? 'No findings.', '');
    for (const rule of area.rules) {
      out.push(`- **${statusLabels[rule.status]}** ${code(rule.ruleId)}: ${e(rule.title)}`);
      if (rule.notApplicableReason) out.push(`  - ${e(rule.notApplicableReason)}`);
      if (rule.missing) {
        out.push(
          `  - Not known yet: the plan does not state ${rule.missing.map(code).join(', ')}.`,
        );
      }
      for (const finding of rule.findings) {
        out.push(
          `  - ${finding.path ? `${code(finding.path)}: ` : ''}${e(finding.message)}`,
          `    Fix: ${e(finding.fix)}`,
        );
      }
      if (rule.status !== 'pass' && rule.status !== 'not-applicable') {
        out.push(`  - Sources: ${rule.sources.map(url).join(', ')}`);
      }
    }
    out.push('');
  }
  out.push('## Manual checklist', '', 'What the plan cannot show: verify each by hand.', '');
  for (const item of report.checklist) {
    out.push(`- [ ] ${e(item.text)} (${code(item.id)}; ${item.sources.map(url).join(', ')})`);
  }
  out.push('');
  if (report.latency) {
    out.push('## Latency and capacity budget', '', '| | | |', '| --- | --- | --- |');
    for (const row of report.latency.rows) {
      out.push(`| ${e(row.label)} | ${e(row.value)} | ${e(row.note ?? '')} |`);
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
        `| ${code(alarm.name)} | ${code(alarm.measure)} | ${e(alarm.condition ?? 'threshold not set')} | ${alarm.periodSeconds} s | ${e(alarm.description)} |`,
    ),
    '',
    '## Rollout runbook',
    '',
  );
  report.runbook.forEach((step, index) => {
    out.push(`### ${index + 1}. ${e(step.title)}`, '', e(step.text), '');
    if (step.commands) out.push(fence(step.commands, 'bash'), '');
  });
  out.push('## Troubleshooting', '');
  if (report.troubleshooting.length === 0) out.push('No error codes are known yet.', '');
  for (const { entry, causes } of report.troubleshooting) {
    out.push(`### ${code(entry.code)}: ${e(entry.title)}`, '', e(entry.meaning), '');
    for (const cause of causes) {
      out.push(`- ${e(cause.text)}`);
      if (cause.findings.length) {
        for (const finding of cause.findings) {
          out.push(`  - In this plan: ${code(finding.ruleId)} ${e(finding.message)}`);
        }
      } else if (cause.ruleIds.length) {
        out.push(
          `  - Nothing in this plan points at it (${cause.ruleIds.map(code).join(', ')} pass or do not apply).`,
        );
      }
      for (const item of cause.checklistItems) out.push(`  - Check by hand: ${e(item.text)}`);
    }
    out.push('', `Sources: ${entry.sources.map(url).join(', ')}`, '');
  }
  out.push(
    'Made by XKS Planner. The AWS documentation linked from each rule is the authority.',
    '',
  );
  return out.join('\n');
}

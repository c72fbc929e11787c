/**
 * The report as one self-contained HTML file: styles inlined in a <style> element (screen and
 * print, A4 and US Letter), no scripts, no external resources; every text from the plan escaped.
 */
import { printArchitectureSvg } from './architecture-svg';
import { printQrSvg, qrCode } from './qr-code';
import { areaCounts, statusLabels, verdictCounts, type Report } from './build-report';
import { cssString, printHeaderText } from './css-string';
import { escapeHtml as e } from './escape-html';
import { reportStyles } from './report-styles';

const link = (href: string) =>
  /^https?:\/\//.test(href) ? `<a href="${e(href)}">${e(href)}</a>` : e(href);

const sources = (list: readonly string[]) =>
  `<p class="sources">Sources: ${list.map(link).join(', ')}</p>`;

function header(report: Report): string {
  const { verdict } = report;
  const rows: [string, string][] = [
    ['Region', e(report.region ?? 'not set')],
    ['Account', e(report.accountId ?? 'not set')],
    ['Connectivity', e(report.connectivityLabel)],
    ['Date', e(report.date)],
    ...(report.link
      ? [['Share link', `<span class="share-link">${link(report.link)}</span>`] as [string, string]]
      : []),
  ];
  const qr = report.link === undefined ? undefined : qrCode(report.link);
  return [
    '<header class="report-header">',
    '<p class="report-kind">XKS Planner readiness report</p>',
    `<h1>${e(report.planName)}</h1>`,
    `<div class="verdict verdict-${verdict.state}">`,
    `<p class="verdict-title">${e(verdict.headline)}</p>`,
    `<p>${verdictCounts(verdict)}</p>`,
    ...unknownItems(report),
    '</div>',
    '<dl class="facts">',
    ...rows.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`),
    '</dl>',
    ...(qr ? [printQrSvg(qr)] : []),
    '</header>',
  ].join('\n');
}

/** The deciding rules the plan does not say enough to judge, with the places to state. */
function unknownItems(report: Report): string[] {
  if (report.unknowns.length === 0) return [];
  return [
    '<p class="verdict-unknowns-heading">What the plan does not say yet:</p>',
    '<ul class="verdict-unknowns">',
    ...report.unknowns.map(
      (unknown) =>
        `<li>${e(unknown.title)}: state ${unknown.paths.map((path) => `<code>${e(path)}</code>`).join(', ')}</li>`,
    ),
    '</ul>',
  ];
}

function rules(report: Report): string {
  const out = ['<section aria-labelledby="rules-heading">', '<h2 id="rules-heading">Rules</h2>'];
  for (const area of report.areas) {
    out.push(
      '<section class="area">',
      `<h3>${e(area.title)} <span class="area-counts">— ${e(areaCounts(area) ?? 'no findings')}</span></h3>`,
      '<ul class="rules">',
    );
    for (const rule of area.rules) {
      const findings = rule.findings
        .map(
          (finding) =>
            `<div class="finding">${finding.path ? `<p class="path"><code>${e(finding.path)}</code></p>` : ''}<p>${e(finding.message)}</p><p class="fix"><strong>Fix:</strong> ${e(finding.fix)}</p></div>`,
        )
        .join('');
      out.push(
        `<li class="rule rule-${rule.status}">`,
        `<p class="rule-line"><span class="status status-${rule.status}">${statusLabels[rule.status]}</span> <code>${e(rule.ruleId)}</code> ${e(rule.title)}</p>`,
        rule.notApplicableReason ? `<p class="muted">${e(rule.notApplicableReason)}</p>` : '',
        rule.missing
          ? `<p class="muted">Not known yet: the plan does not state ${rule.missing.map((path) => `<code>${e(path)}</code>`).join(', ')}.</p>`
          : '',
        findings,
        rule.findings.length ? sources(rule.sources) : '',
        '</li>',
      );
    }
    out.push('</ul>', '</section>');
  }
  out.push('</section>');
  return out.filter(Boolean).join('\n');
}

function checklist(report: Report): string {
  return [
    '<section aria-labelledby="checklist-heading">',
    '<h2 id="checklist-heading">Manual checklist</h2>',
    '<p>What the plan cannot show: verify each by hand and tick it.</p>',
    '<ul class="checklist">',
    ...report.checklist.map(
      (item) =>
        `<li><span class="tick" aria-hidden="true">☐</span> <span>${e(item.text)} <span class="muted">(<code>${e(item.id)}</code>; ${item.sources.map(link).join(', ')})</span></span></li>`,
    ),
    '</ul>',
    '</section>',
  ].join('\n');
}

function operations(report: Report): string {
  const out: string[] = [];
  if (report.latency) {
    out.push(
      '<section aria-labelledby="latency-heading">',
      '<h2 id="latency-heading">Latency and capacity budget</h2>',
      '<table><tbody>',
      ...report.latency.rows.map(
        (row) =>
          `<tr><th scope="row">${e(row.label)}</th><td>${e(row.value)}</td><td>${e(row.note ?? '')}</td></tr>`,
      ),
      '</tbody></table>',
      '</section>',
    );
  }
  out.push(
    '<section aria-labelledby="alarms-heading">',
    '<h2 id="alarms-heading">CloudWatch alarms</h2>',
    '<table><thead><tr><th scope="col">Alarm</th><th scope="col">Measures</th><th scope="col">Alarm when</th><th scope="col">Period</th><th scope="col">Why</th></tr></thead><tbody>',
    ...report.alarms.map(
      (alarm) =>
        `<tr><td><code>${e(alarm.name)}</code></td><td><code>${e(alarm.measure)}</code></td><td>${e(alarm.condition ?? 'threshold not set')}</td><td>${alarm.periodSeconds} s</td><td>${e(alarm.description)}</td></tr>`,
    ),
    '</tbody></table>',
    '</section>',
  );
  return out.join('\n');
}

function runbook(report: Report): string {
  return [
    '<section aria-labelledby="runbook-heading">',
    '<h2 id="runbook-heading">Rollout runbook</h2>',
    '<ol class="runbook">',
    ...report.runbook.map(
      (step) =>
        `<li class="runbook-step"><h3>${e(step.title)}</h3><p>${e(step.text)}</p>${step.commands ? `<pre><code>${e(step.commands)}</code></pre>` : ''}</li>`,
    ),
    '</ol>',
    '</section>',
  ].join('\n');
}

function troubleshooting(report: Report): string {
  const out = [
    '<section aria-labelledby="troubleshooting-heading">',
    '<h2 id="troubleshooting-heading">Troubleshooting</h2>',
  ];
  if (report.troubleshooting.length === 0) out.push('<p>No error codes are known yet.</p>');
  for (const { entry, causes } of report.troubleshooting) {
    out.push(
      '<section class="error-code">',
      `<h3><code>${e(entry.code)}</code> ${e(entry.title)}</h3>`,
      `<p>${e(entry.meaning)}</p>`,
      '<ul>',
      ...causes.map((cause) => {
        const inPlan = cause.findings.length
          ? `<ul>${cause.findings.map((finding) => `<li><strong>In this plan:</strong> <code>${e(finding.ruleId)}</code> ${e(finding.message)}</li>`).join('')}</ul>`
          : cause.ruleIds.length
            ? '<p class="muted">Nothing in this plan points at it.</p>'
            : '';
        const byHand = cause.checklistItems
          .map((item) => `<p><strong>Check by hand:</strong> ${e(item.text)}</p>`)
          .join('');
        return `<li>${e(cause.text)}${inPlan}${byHand}</li>`;
      }),
      '</ul>',
      sources(entry.sources),
      '</section>',
    );
  }
  out.push('</section>');
  return out.join('\n');
}

/** Every printed page is headed with the plan's name (an @page margin box; CSS-escaped). */
function printHeaderStyle(report: Report): string {
  const header = cssString(printHeaderText(report.planName));
  return `@page { @top-left { content: ${header}; font-size: 8.5pt; color: #333; } }\n`;
}

export function printReportHtml(report: Report): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    // No script may run and nothing may load from anywhere, even if a text escaped our escaping.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>Readiness report · ${e(report.planName)}</title>`,
    `<style>${reportStyles}${printHeaderStyle(report)}</style>`,
    '</head>',
    '<body>',
    '<main class="report">',
    header(report),
    '<section aria-labelledby="architecture-heading">',
    '<h2 id="architecture-heading">Architecture</h2>',
    `<figure class="architecture-figure">${printArchitectureSvg(report.architecture)}<figcaption>${e(report.architecture.description)}</figcaption></figure>`,
    '</section>',
    rules(report),
    checklist(report),
    operations(report),
    runbook(report),
    troubleshooting(report),
    '<footer><p>Made by XKS Planner. The AWS documentation linked from each rule is the authority.</p></footer>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The report as one self-contained HTML file: styles inlined in a <style> element (screen and
 * print, A4 and US Letter), no scripts, no external resources; every text from the plan escaped.
 */
import { placeName } from '../plan/plan-fields';
import { printArchitectureSvg } from './architecture-svg';
import { printQrSvg, qrCode, qrNote } from './qr-code';
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
import { cssString, printHeaderText } from './css-string';
import { escapeHtml as e } from './escape-html';
import { reportStyles } from './report-styles';
import { risksNote } from './summary';

/** A source written as its own address: marked so that print does not append the address again. */
const link = (href: string) =>
  /^https?:\/\//.test(href) ? `<a class="address" href="${e(href)}">${e(href)}</a>` : e(href);

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
    ...(report.link ? [`<p class="muted">${e(qrNote(report.link, qr))}</p>`] : []),
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
      (unknown) => `<li>${e(unknown.title)}: state ${places(unknown.paths)}</li>`,
    ),
    '</ul>',
  ];
}

/** Places named as the wizard labels them, with their step: a reader fills in the wizard. */
const places = (paths: readonly string[]) => paths.map((path) => e(placeName(path))).join('; ');

function risksNoteHtml(report: Report): string[] {
  const note = risksNote(report.summary);
  return note === undefined ? [] : [`<p>${e(note)}</p>`];
}

/** The decision record, the open items, the risks and the sign-off: pages 1 and 2. */
function summary(report: Report): string {
  const { decisions, openItems, risks, signOffRoles } = report.summary;
  return [
    '<section class="summary" aria-labelledby="summary-heading">',
    '<h2 id="summary-heading">Summary</h2>',
    '<h3>Decision record</h3>',
    '<table class="decisions"><thead><tr><th scope="col">Decision</th><th scope="col">Choice</th><th scope="col">Why</th></tr></thead><tbody>',
    ...decisions.map(
      (line) =>
        `<tr><th scope="row">${e(line.decision)}</th><td>${e(line.choice)}</td><td>${e(line.why)}${line.source ? ` <span class="sources">(${link(line.source)})</span>` : ''}</td></tr>`,
    ),
    '</tbody></table>',
    `<h3>Open items (${openItems.length})</h3>`,
    openItems.length === 0
      ? '<p>None: nothing blocks the plan and nothing it must state is missing.</p>'
      : [
          '<ol class="open-items">',
          ...openItems.map(
            (item) =>
              `<li class="open-item open-item-${item.kind}"><p><strong>${item.kind === 'error' ? 'Error' : 'Not known yet'}</strong> · <code>${e(item.ruleId)}</code> ${e(item.title)}</p>${item.text === undefined ? '' : `<p>${e(item.text)}</p>`}<p><strong>Fix:</strong> ${e(item.fix)} <span class="muted">Where: ${places(item.paths)}</span></p></li>`,
          ),
          '</ol>',
        ].join('\n'),
    `<h3>Risks (${risks.length})</h3>`,
    ...(risks.length === 0
      ? []
      : [
          `<ul class="risks">${risks.map((risk) => `<li><code>${e(risk.ruleId)}</code> ${e(risk.text)}</li>`).join('')}</ul>`,
        ]),
    ...risksNoteHtml(report),
    '<h3>Sign-off</h3>',
    '<table class="sign-off"><thead><tr><th scope="col">Role</th><th scope="col">Name</th><th scope="col">Date</th><th scope="col">Decision</th><th scope="col">Signature</th></tr></thead><tbody>',
    ...signOffRoles.map(
      (role) =>
        `<tr><th scope="row">${e(role)}</th><td></td><td></td><td>Approve / Reject</td><td></td></tr>`,
    ),
    '</tbody></table>',
    '</section>',
  ].join('\n');
}

function ruleInFull(rule: RuleResult): string {
  const findings = rule.findings
    .map(
      (finding) =>
        `<div class="finding">${finding.path ? `<p class="path">${e(placeName(finding.path))}</p>` : ''}<p>${e(finding.message)}</p><p class="fix"><strong>Fix:</strong> ${e(finding.fix)}</p></div>`,
    )
    .join('');
  return [
    `<li class="rule rule-${rule.status}">`,
    `<p class="rule-line"><span class="status status-${rule.status}">${statusLabels[rule.status]}</span> <code>${e(rule.ruleId)}</code> ${e(rule.title)}</p>`,
    rule.notApplicableReason ? `<p class="muted">${e(rule.notApplicableReason)}</p>` : '',
    rule.missing
      ? `<p class="muted">Not known yet: the plan does not state ${places(rule.missing)}.</p>`
      : '',
    findings,
    rule.findings.length || rule.missing ? sources(rule.sources) : '',
    '</li>',
  ]
    .filter(Boolean)
    .join('\n');
}

function areasInFull(areas: readonly ReportArea[]): string[] {
  return areas.flatMap((area) => [
    '<section class="area">',
    `<h3>${e(area.title)} <span class="area-counts">— ${e(areaCounts(area) ?? 'no findings')}</span></h3>`,
    '<ul class="rules">',
    ...area.rules.map(ruleInFull),
    '</ul>',
    '</section>',
  ]);
}

/** Summary form: what needs work in full, what passes as titles, what does not apply in a line. */
function rules(report: Report): string {
  const out = ['<section aria-labelledby="rules-heading">', '<h2 id="rules-heading">Rules</h2>'];
  if (report.detail === 'full') {
    out.push(...areasInFull(report.areas), '</section>');
    return out.join('\n');
  }
  const groups = ruleGroups(report);
  out.push(
    '<h3>Findings and unknowns</h3>',
    ...(groups.open.length ? areasInFull(groups.open) : ['<p>None.</p>']),
    '<h3>Passing</h3>',
    '<ul class="passing">',
    ...groups.passing.flatMap((area) =>
      area.rules.map(
        (rule) =>
          `<li><span class="muted">${e(area.title)}:</span> <code>${e(rule.ruleId)}</code><span class="passing-title"> ${e(rule.title)}</span></li>`,
      ),
    ),
    '</ul>',
    `<h3>${e(notApplicableHeading)}</h3>`,
    '<ul class="not-applicable">',
    ...groups.notApplicable.map(
      (line) =>
        `<li>${e(line.area)}: ${line.count} ${line.count === 1 ? 'rule' : 'rules'}. ${e(line.reason)}</li>`,
    ),
    '</ul>',
    '</section>',
  );
  return out.join('\n');
}

function leftOutParagraph(report: Report): string[] {
  const line = checklistLeftOutLine(report);
  return line ? [`<p class="muted">${e(line)}</p>`] : [];
}

function checklist(report: Report): string {
  return [
    '<section aria-labelledby="checklist-heading">',
    '<h2 id="checklist-heading">Manual checklist</h2>',
    '<p>What the plan cannot show: verify each by hand and tick it.</p>',
    ...leftOutParagraph(report),
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
  if (report.troubleshooting.length === 0) {
    out.push('<p>Nothing in this plan points at a KMS error code.</p>');
  }
  for (const { entry, causes } of report.troubleshooting) {
    out.push(
      '<section class="error-code">',
      `<h3><code>${e(entry.code)}</code> ${e(entry.title)}</h3>`,
      `<p>${e(entry.meaning)}</p>`,
      '<ul>',
      ...causes.map((cause) => {
        const inPlanItems = [...cause.findings, ...cause.unknowns].map(
          (entry) =>
            `<li><strong>In this plan:</strong> <code>${e(entry.ruleId)}</code> ${e(entry.message)}</li>`,
        );
        const inPlan = inPlanItems.length
          ? `<ul>${inPlanItems.join('')}</ul>`
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
  if (report.troubleshootingLeftOut > 0) {
    out.push(
      `<p class="muted">${report.troubleshootingLeftOut} other error codes are not tied to anything in this plan; XKS Planner's /explain page and <code>xks-planner explain --list</code> explain every code.</p>`,
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
    `<main class="report report-form-${report.detail}">`,
    header(report),
    summary(report),
    '<section class="detail" aria-labelledby="architecture-heading">',
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

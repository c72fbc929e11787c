/**
 * The stylesheet inlined in the HTML file: readable on screen (light and dark) and on paper
 * (A4 and US Letter), in black and white too, since every status is written as a word.
 */
export const reportStyles = `
:root { color-scheme: light dark; --text: #1b1f24; --muted: #57606a; --line: #c9ced6; --paper: #fff; --error: #a40e26; --warning: #7a4a00; --ok: #116329; }
@media (prefers-color-scheme: dark) { :root { --text: #e6edf3; --muted: #a4adb8; --line: #3d444d; --paper: #0d1117; --error: #ff8182; --warning: #e3b341; --ok: #56d364; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--text); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
.report { max-width: 52rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.7rem; margin: 0.2rem 0 1rem; overflow-wrap: anywhere; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.6rem; border-bottom: 1px solid var(--line); padding-bottom: 0.2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
p { margin: 0.3rem 0; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.88em; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid var(--line); border-radius: 4px; padding: 0.6rem; }
a { color: inherit; overflow-wrap: anywhere; }
.report-kind, .muted, .sources, .area-counts { color: var(--muted); }
.sources { font-size: 0.88em; }
.verdict { border: 2px solid var(--ok); border-left-width: 8px; border-radius: 4px; padding: 0.6rem 1rem; margin: 0.6rem 0 1rem; }
.verdict-blocked { border-color: var(--error); }
.verdict-incomplete { border-color: var(--warning); border-style: dashed; }
.verdict-title { font-size: 1.25rem; font-weight: 700; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.architecture-figure { margin: 0; }
.architecture { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 0.9em; }
ul.rules, ul.checklist, ol.runbook { padding-left: 0; list-style: none; }
.rule { border-top: 1px solid var(--line); padding: 0.4rem 0; }
.status { display: inline-block; min-width: 7.5rem; font-weight: 700; text-transform: uppercase; font-size: 0.8em; letter-spacing: 0.04em; }
.status-error { color: var(--error); }
.status-warning { color: var(--warning); }
.status-pass { color: var(--ok); }
.status-unknown { color: var(--warning); }
.status-not-applicable { color: var(--muted); }
.finding { margin: 0.3rem 0 0.3rem 1.5rem; padding-left: 0.6rem; border-left: 3px solid var(--line); }
.rule-error .finding { border-left-color: var(--error); }
.checklist li { display: flex; gap: 0.5rem; margin: 0.4rem 0; }
.tick { font-size: 1.2em; line-height: 1.2; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
.runbook { counter-reset: step; }
.runbook-step { counter-increment: step; }
.runbook-step h3::before { content: counter(step) ". "; }
.qr-code { display: block; width: 10rem; height: 10rem; margin-top: 0.5rem; }
.open-items > li { margin: 0.5rem 0; padding-left: 0.4rem; border-left: 3px solid var(--line); }
.open-item-error { border-left-color: var(--error) !important; }
.open-item-unknown { border-left-style: dashed !important; }
.sign-off td { height: 2.4em; }
ul.passing, ul.not-applicable { padding-left: 1.2rem; }
ul.passing li { margin: 0.1rem 0; }
@media (max-width: 40rem) {
  table { display: block; overflow-x: auto; }
  .report { padding: 0.75rem; }
}
footer { margin-top: 2rem; color: var(--muted); font-size: 0.9em; }
@page {
  size: auto;
  margin: 18mm 15mm 16mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #333; }
}
@media print {
  :root { --text: #000; --muted: #333; --line: #999; --paper: #fff; --error: #000; --warning: #000; --ok: #000; }
  body { font-size: 10.5pt; }
  .report { max-width: none; padding: 0; }
  .rule, .finding, .checklist li, tr, .verdict, .architecture-figure { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  /* Kept whole, a verdict longer than a page pushed the heading above it onto pages of one line. */
  .verdict:has(.verdict-unknowns) { break-inside: auto; }
  .verdict-unknowns li { break-inside: avoid; }
  /* The detail follows the summary in smaller type, so that a ready plan prints to 8 pages. */
  .detail, .detail ~ section, .detail ~ footer { font-size: 8pt; }
  .detail h2 { font-size: 12pt; margin-top: 0.8rem; }
  .detail ~ section h3 { font-size: 9.5pt; margin: 0.5rem 0 0.2rem; }
  .architecture { max-height: 6.5cm; width: auto; }
  .open-items > li, .decisions tr, .sign-off { break-inside: avoid; }
  /* Passing rules as one paragraph of ids: the titles are on screen. */
  ul.passing { padding-left: 0; }
  ul.passing li { display: inline; }
  ul.passing li:not(:last-child)::after { content: ", "; }
  ul.passing .muted, .passing-title { display: none; }
  ul.checklist { columns: 2; column-gap: 1.2rem; }
  .checklist li { margin: 0.1rem 0; font-size: 7.5pt; }
  .checklist .muted { display: none; }
  .runbook pre { font-size: 7.5pt; padding: 0.3rem; }
  .report-form-summary .runbook pre { display: none; }
  .detail ~ section table { font-size: 7.5pt; }
  a[href^="http"]:not(.address)::after { content: " (" attr(href) ")"; font-size: 0.85em; overflow-wrap: anywhere; }
  .share-link a::after { content: ""; }
}
`;

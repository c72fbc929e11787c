import { describe, expect, it } from 'vitest';
import { checkPlan } from '../check/check-document';
import { examplePlans } from '../plan/examples';
import { parsePlan } from '../plan/parse-plan';
import type { Plan } from '../plan/plan-schema';
import { printArchitectureSvg } from './architecture-svg';
import { buildReport } from './build-report';
import { printReportHtml } from './print-html';
import { printReportMarkdown } from './print-markdown';

const now = new Date('2026-11-30T12:00:00Z');

function reportOf(document: Plan, link?: string) {
  const { plan } = parsePlan(document as Record<string, unknown>);
  return buildReport(plan, checkPlan(plan, { now }), { now, link });
}

const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)> **bold** [x](javascript:y)';
const hostilePlan: Plan = {
  ...examplePlans[1]!.document,
  title: hostile,
  keyStore: { ...examplePlans[1]!.document.keyStore, CustomKeyStoreName: hostile },
  loadBalancer: { ...examplePlans[1]!.document.loadBalancer, name: hostile },
};

describe('the report files', () => {
  const example = examplePlans.find((plan) => plan.id === 'vpc-cross-account')!;
  const report = reportOf(example.document, 'https://planner.example/report#plan=1.abc');

  it('prints the same Markdown as before', async () => {
    await expect(printReportMarkdown(report)).toMatchFileSnapshot(
      '__snapshots__/vpc-cross-account.md.snap',
    );
  });

  it('prints the same HTML as before', async () => {
    await expect(printReportHtml(report)).toMatchFileSnapshot(
      '__snapshots__/vpc-cross-account.html.snap',
    );
  });

  it('makes an HTML file with inlined styles, no scripts and nothing to load', () => {
    const html = printReportHtml(reportOf(hostilePlan));
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<(script|link|img|iframe|object)\b/i);
    // No element carries an event handler attribute.
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).not.toMatch(/<[^>]*\ssrc=|@import|url\((?!#)/i);
  });

  it('prints a source address once: a link whose text is its address gets no appended address', () => {
    const html = printReportHtml(report);
    const anchors = [...html.matchAll(/<a ([^>]*)>([^<]*)<\/a>/g)];
    const addressLinks = anchors.filter(([, , text]) => /^https?:\/\//.test(text!));
    expect(addressLinks.length).toBeGreaterThan(0);
    for (const [whole, attributes] of addressLinks)
      expect(attributes, whole).toContain('class="address"');
    expect(html).toContain('a[href^="http"]:not(.address)::after');
  });

  it('keeps markup in plan text as text in HTML and SVG', () => {
    const html = printReportHtml(reportOf(hostilePlan));
    expect(html).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;',
    );
    const svg = printArchitectureSvg(reportOf(hostilePlan).architecture);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
  });

  it('keeps markup in plan text as text in Markdown', () => {
    const markdown = printReportMarkdown(reportOf(hostilePlan));
    expect(markdown).toContain(
      '\\<script\\>alert(1)\\</script\\>\\<img src=x onerror=alert(2)\\> \\*\\*bold\\*\\* \\[x\\](javascript:y)',
    );
    // Commands show the value as text in fenced code blocks; everywhere else it is escaped.
    const prose = markdown.replace(/^```[a-z]*\n[\s\S]*?^```$/gm, '');
    expect(prose).not.toMatch(/(?<!\\)<(script|img)/);
  });
});

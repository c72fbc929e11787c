import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readdirSync, readFileSync } from 'node:fs';
import type { Plan } from '../src/domain/plan/plan-schema';
import { checklistForPlan } from '../src/domain/report/checklist-for-plan';
import { mistakesExample, readyExamples } from './support';
import { seedExample } from './wizard-support';

const examples = [...readyExamples, mistakesExample];
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every rule of the registry: one module per rule in src/domain/rules. */
const allRules = readdirSync(new URL('../src/domain/rules', import.meta.url))
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'index.ts')
  .map((name) => ({ id: name.slice(0, -'.ts'.length) }));

const exampleDocument = (id: string): Plan =>
  JSON.parse(readFileSync(new URL(`../examples/${id}.json`, import.meta.url), 'utf8')) as Plan;

const expectedVerdict = (id: string) =>
  id === mistakesExample.id
    ? /Blocked: \d+ errors/
    : /Ready: every deciding requirement is stated and passes/;

/** The findings the page shows (rule id and message), to find in the downloaded file. */
async function shownFindings(page: Page) {
  const rules = page.locator('.report-rule:has(.report-finding)');
  const findings: { ruleId: string; message: string }[] = [];
  for (const rule of await rules.all()) {
    const ruleId = await rule.locator('code').first().innerText();
    for (const message of await rule
      .locator('.report-finding > p:not(.report-place):not(:has(strong))')
      .allInnerTexts()) {
      findings.push({ ruleId, message });
    }
  }
  return findings;
}

/**
 * All text of a PDF, without white space (lines may break inside a rule id), and the text in the
 * top margin (above 15 mm from the top edge) of each page.
 */
async function pdfText(
  pdf: Buffer,
): Promise<{ pages: number; text: string; pageTexts: string[]; headers: string[] }> {
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const topMargin = (15 / 25.4) * 72;
  let text = '';
  const pageTexts: string[] = [];
  const headers: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const pageTop = page.view[3]!;
    const items = (await page.getTextContent()).items.filter((item) => 'str' in item);
    const pageText = items.map((item) => item.str).join('');
    pageTexts.push(pageText.replace(/\s+/g, ''));
    text += pageText;
    headers.push(
      items
        .filter((item) => item.transform[5] > pageTop - topMargin)
        .map((item) => item.str)
        .join(''),
    );
  }
  return { pages: document.numPages, text: text.replace(/\s+/g, ''), pageTexts, headers };
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The Markdown report's rule section, from its heading to the checklist. */
const rulesText = (markdown: string) =>
  markdown.slice(markdown.indexOf('## Rules'), markdown.indexOf('## Manual checklist'));

/** The text of the file the report page's button `name` downloads. */
async function downloadedText(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
}

async function openReport(page: Page, id: string) {
  await seedExample(page, id);
  await page.goto('/report');
  await expect(page.getByRole('heading', { level: 2, name: 'Rules' })).toBeVisible();
}

for (const example of examples) {
  test.describe(`the report of ${example.id}`, () => {
    test('opens with the summary, accounts for every rule, and prints to A4 and Letter', async ({
      page,
    }) => {
      await openReport(page, example.id);
      await expect(page).toHaveTitle('Readiness report · XKS Planner');
      await expect(page.locator('.report-verdict')).toContainText(expectedVerdict(example.id));
      const verdict = await page.locator('.report-verdict-title').innerText();
      // Rules that apply are listed by id; the others are counted, one line per area.
      const rulesText = await page.locator('section[aria-labelledby="report-rules"]').innerText();
      const unlisted = allRules.filter((rule) => !rulesText.includes(rule.id)).length;
      const counted = [...rulesText.matchAll(/: (\d+) rules?\. /g)].reduce(
        (sum, match) => sum + Number(match[1]),
        0,
      );
      expect(counted).toBe(unlisted);
      // The checklist holds exactly the items that apply to this plan.
      if (example.id !== mistakesExample.id) {
        const shownItems = await page
          .locator('.report-checklist input')
          .evaluateAll((inputs) => inputs.map((input) => input.id.replace(/^check-/, '')));
        expect(shownItems).toEqual(
          checklistForPlan(exampleDocument(example.id)).items.map((item) => item.id),
        );
      }
      for (const format of ['A4', 'Letter'] as const) {
        const { pages, text, pageTexts, headers } = await pdfText(await page.pdf({ format }));
        expect(pages).toBeGreaterThanOrEqual(3);
        // A ready plan's report prints to at most 8 pages (it took 38 before the summary form).
        expect(pages).toBeLessThanOrEqual(example.id === mistakesExample.id ? 70 : 8);
        // No page holds only passing rules: take away the heading, the page number and the ids.
        const planTitle = squeeze(await page.locator('.report-title').innerText());
        for (const [index, pageText] of pageTexts.entries()) {
          let rest = pageText
            .replace(`Readinessreport·${planTitle}`, '')
            .replace(/Page\d+of\d+/, '');
          for (const rule of allRules) rest = rest.replaceAll(rule.id, '');
          rest = rest.replace(/[,.]|Passing/g, '');
          expect(rest.length, `page ${index + 1} holds only passing rules`).toBeGreaterThan(60);
        }
        // The summary a change board reads is on the first two pages, when the open items fit.
        if (example.id !== mistakesExample.id) {
          const firstTwo = pageTexts.slice(0, 2).join('');
          for (const part of [verdict, 'Decision record', 'Open items', 'Sign-off']) {
            expect(firstTwo).toContain(squeeze(part));
          }
          expect(pageTexts[2] ?? '').not.toContain('Sign-off');
        }
        // Every page is headed with the plan's name.
        const planName = await page.locator('.report-title').innerText();
        expect(headers).toEqual(Array(pages).fill(`Readiness report · ${planName}`));
        expect(text).toContain(squeeze(verdict));
        const listed = allRules.filter((rule) => rulesText.includes(rule.id));
        for (const rule of listed.slice(0, 10)) expect(text).toContain(rule.id);
        for (const step of [
          'Build the network',
          'Create the external key store',
          'Connect and wait for CONNECTED',
          'Test an encrypt and decrypt',
        ]) {
          expect(text).toContain(squeeze(step));
        }
        // Only the checklist items that apply are printed; the others are counted.
        if (example.id !== mistakesExample.id) expect(text).toContain('leftoutastheydonotapply');
        // Print hides the planner's navigation and the report's buttons.
        expect(text).not.toContain('DownloadMarkdown');
      }
    });

    test('downloads an HTML file that needs no script and a Markdown file', async ({
      page,
      browser,
    }) => {
      await openReport(page, example.id);
      const findings = await shownFindings(page);
      if (example.id === mistakesExample.id) expect(findings.length).toBeGreaterThan(10);
      const htmlText = await downloadedText(page, 'Download HTML');
      expect(htmlText).not.toMatch(/<script/i);
      const offline = await browser.newContext({ javaScriptEnabled: false });
      const viewer = await offline.newPage();
      await viewer.setContent(htmlText);
      const shown = squeeze(await viewer.locator('body').innerText());
      for (const finding of findings) {
        expect(shown).toContain(finding.ruleId);
        expect(shown).toContain(squeeze(finding.message));
      }
      await offline.close();

      const markdown = await downloadedText(page, 'Download Markdown');
      for (const rule of allRules.filter((each) => rulesText(markdown).includes(each.id))) {
        expect(markdown).toContain(`\`${rule.id}\``);
      }
      expect(markdown).toContain('### Sign-off');
      // Code is written as code: no backslash-escaped backtick from a rule's own text.
      expect(markdown).not.toContain('\\`');
    });

    test('the diagram tells its boundaries apart by line style and label, in black and white', async ({
      page,
    }, testInfo) => {
      await openReport(page, example.id);
      await page.emulateMedia({ media: 'print' });
      const diagram = page.locator('svg.architecture');
      const boundaries = await diagram.evaluate((svg) =>
        [...svg.querySelectorAll('rect[data-boundary]')].map((rect) => ({
          kind: rect.getAttribute('data-boundary')!,
          dash: getComputedStyle(rect).strokeDasharray,
          stroke: getComputedStyle(rect).stroke,
          label: rect.nextElementSibling?.textContent?.trim() ?? '',
        })),
      );
      const kinds = new Set(boundaries.map((boundary) => boundary.kind));
      expect(kinds).toContain('aws');
      expect(kinds).toContain('customer-network');
      if (example.id === 'vpc-cross-account') expect(kinds).toContain('account');
      for (const boundary of boundaries) {
        expect(boundary.label, boundary.kind).not.toBe('');
        for (const other of boundaries) {
          if (other.kind === boundary.kind) expect(other.dash).toBe(boundary.dash);
          else expect(other.dash, `${other.kind} and ${boundary.kind}`).not.toBe(boundary.dash);
        }
      }
      // One colour for every boundary: the line style and the label carry the meaning.
      expect(new Set(boundaries.map((boundary) => boundary.stroke)).size).toBe(1);
      await expect(diagram).toContainText('TLS from KMS terminates here');
      // As printed in black and white, for a person to look at.
      await page.evaluate(() => (document.documentElement.style.filter = 'grayscale(1)'));
      await testInfo.attach('architecture in grayscale', {
        body: await diagram.screenshot(),
        contentType: 'image/png',
      });
    });

    test('shows every rule in full detail on request', async ({ page }) => {
      await openReport(page, example.id);
      await page.getByRole('checkbox', { name: /Full detail/ }).check();
      for (const rule of allRules) {
        await expect(
          page.locator('.report-rule').filter({ hasText: rule.id }).first(),
        ).toBeVisible();
      }
    });
  });
}

test('a draft prints with its heading and verdict on page 1, from the page and from the HTML file', async ({
  page,
  browser,
}) => {
  await openReport(page, 'vpc-endpoint-service-draft');
  const planName = squeeze(await page.locator('.report-title').innerText());
  const verdict = squeeze(await page.locator('.report-verdict-title').innerText());
  // Its verdict lists every requirement the plan does not state yet: longer than a page.
  expect(verdict).toMatch(/^Incomplete:\d+requirementsnotknownyet$/);
  const htmlText = await downloadedText(page, 'Download HTML');
  const offline = await browser.newContext({ javaScriptEnabled: false });
  const viewer = await offline.newPage();
  await viewer.setContent(htmlText);
  for (const [printed, pdf] of [
    ['the page', await page.pdf({ format: 'A4' })],
    ['the HTML file', await viewer.pdf({ format: 'A4' })],
  ] as const) {
    const { pageTexts } = await pdfText(pdf);
    const body = (text: string) =>
      text.replace(`Readinessreport·${planName}`, '').replace(/Page\d+of\d+/, '');
    expect(body(pageTexts[0]!), printed).toContain(`${planName}${verdict}`);
    expect(body(pageTexts[0]!), printed).toContain('Whattheplandoesnotsayyet:');
    // Every page but the last is filled: none carries a single line pushed on by the verdict.
    for (const [index, pageText] of pageTexts.slice(0, -1).entries()) {
      expect(body(pageText).length, `${printed}, page ${index + 1}`).toBeGreaterThan(400);
    }
  }
  await offline.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the report page has no serious accessibility issue (${colorScheme})`, async ({ page }) => {
    // The report is long (every rule, the runbook, the troubleshooting): axe needs time.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    await openReport(page, mistakesExample.id);
    const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    const blocking = violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target) }));
    expect(blocking).toEqual([]);
  });
}

test('opens the report of a share link, and says why a damaged link cannot be read', async ({
  page,
}) => {
  await page.goto('/report');
  await expect(page.getByRole('heading', { name: 'No plan yet' })).toBeVisible();
  await seedExample(page, 'vpc-cross-account');
  await page.goto('/report');
  const link = await page.locator('.report-share a').getAttribute('href');
  expect(link).toMatch(/\/report#plan=3\./);

  await page.goto('/');
  await page.evaluate(() => window.localStorage.clear());
  await page.goto(link!);
  await expect(page.locator('.report-title')).toContainText('Shared-services proxy');

  await page.goto('/report#plan=1.damaged!!');
  await expect(page.getByRole('alert')).toContainText('cannot be read');
});

test('the review step links to the report', async ({ page }) => {
  await seedExample(page, 'public-endpoint-ready');
  await page.goto('/plan/review');
  await page.getByRole('link', { name: 'Open the readiness report' }).click();
  await expect(page).toHaveURL(/\/report$/);
  await expect(page.locator('.report-verdict')).toContainText(
    'Ready: every deciding requirement is stated and passes',
  );
});

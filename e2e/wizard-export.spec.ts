import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { contentSecurityPolicyHeader } from '../src/app/content-security-policy';
import {
  exportFormats,
  exportPlan,
  generateExport,
  overrideSentence,
  type ExportFormat,
} from '../src/domain/generators';
import { parsePlan } from '../src/domain/plan/parse-plan';
import { readExample } from './support';
import { buildTestChains } from '../src/testing/openssl-chains';
import { planStorageKey, seedExample, seedPlan, stepHeading } from './wizard-support';

const readyId = 'vpc-endpoint-service-ready';
const mistakesId = 'plan-with-mistakes';

/** What the export step should offer for an example: the generators' own output. */
function expectedFiles(exampleId: string, format: ExportFormat, secretAccessKey?: string) {
  const { plan } = parsePlan(readExample(exampleId));
  return generateExport(format, plan, secretAccessKey ? { secretAccessKey } : {});
}

function preview(page: Page, path: string) {
  return page.getByRole('region', { name: `Preview of ${path}`, exact: true });
}

/** The preview's code once shiki has coloured it. */
function highlighted(page: Page, path: string) {
  return preview(page, path).locator('code[data-highlighted]');
}

function tab(page: Page, name: string) {
  return page.getByRole('tablist', { name: 'Export format' }).getByRole('tab', { name });
}

async function openExport(page: Page, exampleId: string) {
  await seedExample(page, exampleId);
  await page.goto('/plan/export');
  await expect(stepHeading(page, 'Export')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download all as a zip' })).toBeVisible();
}

async function downloadedText(download: Download): Promise<string> {
  return readFileSync(await download.path(), 'utf8');
}

async function downloadZip(page: Page): Promise<Record<string, string>> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download all as a zip' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('xks-planner-export.zip');
  const entries = unzipSync(readFileSync(await download.path()));
  return Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, strFromU8(data)]));
}

test('the Terraform tab previews main.tf, highlighted', async ({ page }) => {
  await openExport(page, readyId);
  await expect(
    page.getByText('Ready: every deciding requirement is stated and passes.'),
  ).toBeVisible();
  await expect(tab(page, 'Terraform')).toHaveAttribute('aria-selected', 'true');
  const files = expectedFiles(readyId, 'terraform').map((file) => file.path);
  for (const path of files) await expect(preview(page, path)).toBeVisible();
  await expect(highlighted(page, 'main.tf')).toContainText('aws_kms_custom_key_store');
  // Coloured by tokens: many spans, each with its light and dark colour.
  const colours = await highlighted(page, 'main.tf')
    .locator('span[style]')
    .evaluateAll((spans) => new Set(spans.map((span) => getComputedStyle(span).color)).size);
  expect(colours).toBeGreaterThan(2);
  // The preview is exactly the generated file.
  const mainTf = expectedFiles(readyId, 'terraform').find((file) => file.path === 'main.tf')!;
  expect(await highlighted(page, 'main.tf').textContent()).toBe(mainTf.content);
});

test('the format tabs work with the keyboard', async ({ page }) => {
  await openExport(page, readyId);
  await tab(page, 'Terraform').focus();
  await page.keyboard.press('ArrowRight');
  await expect(tab(page, 'AWS CDK (TypeScript)')).toBeFocused();
  await expect(highlighted(page, 'lib/xks-stack.ts')).toContainText('aws-cdk-lib');
  await page.keyboard.press('ArrowRight');
  await expect(tab(page, 'AWS CLI script')).toBeFocused();
  await expect(tab(page, 'AWS CLI script')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'AWS CLI script' })).toBeVisible();
  await expect(highlighted(page, 'create-external-key-store.sh')).toContainText(
    'set -euo pipefail',
  );
  await page.keyboard.press('End');
  await expect(tab(page, 'Plan file')).toBeFocused();
  await expect(preview(page, 'plan.json')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(tab(page, 'Terraform')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(tab(page, 'Plan file')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(tab(page, 'Terraform')).toHaveAttribute('aria-selected', 'true');
  // One tab stop: Tab leaves the tab list for the panel's content.
  await expect(tab(page, 'AWS CLI script')).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tab', { selected: false }).first()).not.toBeFocused();
});

test('copy puts the file in the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openExport(page, readyId);
  await page.getByRole('button', { name: 'Copy main.tf', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  const mainTf = expectedFiles(readyId, 'terraform').find((file) => file.path === 'main.tf')!;
  expect(clipboard).toBe(mainTf.content);
});

test('one file and every format as a zip download', async ({ page }) => {
  await openExport(page, readyId);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download variables.tf', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('variables.tf');
  const variables = expectedFiles(readyId, 'terraform').find((f) => f.path === 'variables.tf')!;
  expect(await downloadedText(download)).toBe(variables.content);

  const zip = await downloadZip(page);
  const expected = exportFormats.flatMap((format) =>
    expectedFiles(readyId, format).map((file) => [`${format}/${file.path}`, file.content]),
  );
  expect(Object.keys(zip).sort()).toEqual(expected.map(([name]) => name).sort());
  expect(zip).toEqual(Object.fromEntries(expected));
});

test('a plan with blockers still exports, with a warning, and never with its secret', async ({
  page,
}) => {
  const secret = (readExample(mistakesId) as { keyStore: Record<string, Record<string, string>> })
    .keyStore.XksProxyAuthenticationCredential!.RawSecretAccessKey!;
  expect(secret.length).toBeGreaterThan(10);
  await openExport(page, mistakesId);
  await expect(page.getByText(/^Blocked: \d+ errors\.$/)).toBeVisible();
  const blockers = Number(
    (await page.getByText(/^Blocked: \d+ errors\.$/).textContent())!.match(/\d+/)![0],
  );
  await expect(page.getByText(`this plan has ${blockers} error findings`)).toBeVisible();

  const zip = await downloadZip(page);
  expect(Object.keys(zip).length).toBeGreaterThan(4);
  for (const [name, content] of Object.entries(zip)) expect(content, name).not.toContain(secret);
  for (const label of ['Terraform', 'AWS CLI script', 'Proxy configuration file', 'Plan file']) {
    await tab(page, label).click();
    await expect(page.getByRole('tabpanel', { name: label })).not.toContainText(secret);
  }

  await page.getByRole('link', { name: 'See them on the review' }).click();
  await expect(page).toHaveURL(/\/plan\/review$/);
  await expect(page.getByText(`Blocked: ${blockers} errors`)).toBeVisible();
});

test('the infrastructure tabs list the plan values the files override, as their READMEs do', async ({
  page,
}) => {
  const { plan } = parsePlan(readExample(mistakesId));
  const sentences = exportPlan(plan).overrides.map(overrideSentence);
  expect(sentences.length).toBeGreaterThan(3);
  await openExport(page, mistakesId);
  for (const label of ['Terraform', 'AWS CDK (TypeScript)', 'AWS CLI script']) {
    await tab(page, label).click();
    const list = page
      .getByRole('region', { name: 'Where these files differ from the plan' })
      .getByRole('listitem');
    await expect(list).toHaveText(sentences);
  }
  await tab(page, 'Plan file').click();
  await expect(
    page.getByRole('region', { name: 'Where these files differ from the plan' }),
  ).toHaveCount(0);
});

test('the certificate alarm watches the pasted chain’s server certificate, not a stale typed name', async ({
  page,
}) => {
  // An imported plan whose typed certificate fields still name the certificate the chain
  // replaced; the TLS step (which fills them from the chain) is never opened.
  const chain = buildTestChains().good;
  const plan = readExample('public-endpoint-ready') as { tls: Record<string, unknown> };
  await seedPlan(page, {
    ...plan,
    tls: {
      ...plan.tls,
      certificateChainPem: chain,
      certificate: { subjectCommonName: 'old.example.com' },
    },
  });
  await page.goto('/plan/export');
  await expect(highlighted(page, 'terraform.tfvars')).toContainText('proxy_certificate_name');
  await expect(highlighted(page, 'terraform.tfvars')).toContainText('"myproxy.xks.example.com"');
  await expect(highlighted(page, 'terraform.tfvars')).not.toContainText('old.example.com');
  await expect(
    page.getByRole('region', { name: 'Where these files differ from the plan' }),
  ).toContainText('the plan says old.example.com, the export uses myproxy.xks.example.com');
});

test('the proxy configuration file holds a typed secret only when asked, and nothing keeps it', async ({
  page,
}) => {
  const secret = 'typed-in-the-export-step+/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789=';
  await openExport(page, readyId);
  await tab(page, 'Proxy configuration file').click();
  const file = 'proxy-configuration.json';
  const secretField = page.getByLabel(
    'Secret access key — only for this file, never stored or sent',
  );
  await expect(secretField).toHaveAttribute('type', 'password');
  await secretField.fill(secret);
  await secretField.press('Enter');
  await expect(preview(page, file)).toContainText('<paste the secret access key here>');
  await expect(preview(page, file)).not.toContainText(secret);

  const include = page.getByRole('checkbox', { name: 'Include the secret in the file' });
  await include.check();
  await expect(preview(page, file)).toContainText(secret);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: `Download ${file}`, exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(file);
  expect(JSON.parse(await downloadedText(download))).toEqual(
    JSON.parse(expectedFiles(readyId, 'proxy-config', secret)[0]!.content),
  );
  const zip = await downloadZip(page);
  expect(zip[`proxy-config/${file}`]).toContain(secret);
  for (const [name, content] of Object.entries(zip))
    if (name !== `proxy-config/${file}`) expect(content, name).not.toContain(secret);

  await include.uncheck();
  await expect(preview(page, file)).not.toContainText(secret);
  await expect(preview(page, file)).toContainText('<paste the secret access key here>');

  // Never stored, never in the address.
  await include.check();
  await page.waitForTimeout(1500); // longer than the autosave's delay
  const storage = await page.evaluate(() => JSON.stringify({ ...window.localStorage }));
  expect(storage).toContain(planStorageKey);
  expect(storage).not.toContain(secret);
  const sessionStorage = await page.evaluate(() => JSON.stringify({ ...window.sessionStorage }));
  expect(sessionStorage).not.toContain(secret);
  expect(page.url()).not.toContain(encodeURIComponent(secret));
  expect(page.url()).not.toContain('typed-in-the-export-step');
  // Leaving the step forgets it.
  await page.getByRole('button', { name: /^← Back: Review/ }).click();
  await expect(
    page.getByText('Ready: every deciding requirement is stated and passes', { exact: true }),
  ).toBeVisible();
  await expect(secretField).toHaveCount(0);
  await page.goBack();
  await expect(tab(page, 'Terraform')).toHaveAttribute('aria-selected', 'true');
  await tab(page, 'Proxy configuration file').click();
  await expect(secretField).toHaveValue('');
  await expect(preview(page, file)).not.toContainText(secret);
});

for (const example of [readyId, mistakesId]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no serious problem on the export step: ${example}, ${scheme}`, async ({
      page,
    }) => {
      // Four highlighted files (thousands of token spans), each analysed in full by axe.
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: scheme });
      await openExport(page, example);
      for (const label of [
        'Terraform',
        'AWS CLI script',
        'Proxy configuration file',
        'Plan file',
      ]) {
        await tab(page, label).click();
        await expect(
          page.getByRole('tabpanel').locator('code[data-highlighted]').first(),
        ).toBeVisible();
        if (label === 'Proxy configuration file') {
          await page.getByRole('checkbox', { name: 'Include the secret in the file' }).check();
        }
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        const serious = results.violations.filter((violation) =>
          ['serious', 'critical'].includes(violation.impact ?? ''),
        );
        expect(
          serious.map((violation) => `${label}: ${violation.id} ${violation.nodes[0]?.target}`),
        ).toEqual([]);
      }
    });
  }
}

test('at 360 px the page never scrolls sideways; previews scroll in their own box', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openExport(page, readyId);
  for (const label of ['Terraform', 'AWS CLI script', 'Proxy configuration file', 'Plan file']) {
    await tab(page, label).click();
    await expect(
      page.getByRole('tabpanel').locator('code[data-highlighted]').first(),
    ).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, label).toBe(0);
  }
  await tab(page, 'Terraform').click();
  const box = preview(page, 'main.tf');
  await expect(highlighted(page, 'main.tf')).toBeVisible();
  const scrolls = await box.evaluate((element) => element.scrollWidth > element.clientWidth);
  expect(scrolls).toBe(true);
});

test('works under a strict Content Security Policy', async ({ page }) => {
  await page.route('/plan/export', async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': contentSecurityPolicyHeader },
    });
  });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await openExport(page, readyId);
  await expect(highlighted(page, 'main.tf')).toContainText('aws_kms_custom_key_store');
  const colours = await highlighted(page, 'main.tf')
    .locator('span[style]')
    .evaluateAll((spans) => new Set(spans.map((span) => getComputedStyle(span).color)).size);
  expect(colours).toBeGreaterThan(2);
  expect(problems).toEqual([]);
});

import { expect, test, type Page } from '@playwright/test';
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { crc32 } from '../src/domain/encoding/crc32';
import { shareDictionaryV1, shareDictionaryV3 } from '../src/domain/share/share-dictionary';
import { readExample } from './support';
import {
  copyLink,
  liveApp,
  planStorageKey,
  savedPlan,
  seedExample,
  stepHeading,
  stepper,
} from './wizard-support';

/** A plan's content: a link leaves out `$schema`, the pointer for editors. */
function content(plan: Record<string, unknown> | undefined) {
  return { ...plan, $schema: undefined };
}

// The link format (`3.` and the plan's JSON, DEFLATE with the preset dictionary, then its CRC-32,
// base64url), done here in Node; the codec itself, with its checks, is unit tested. The links
// these tests make are version 2 (the version 1 dictionary), which the page must keep opening.
const dictionary = strToU8(shareDictionaryV3);
const dictionaryV1 = strToU8(shareDictionaryV1);

/** The plan JSON text a link carries. */
function planInLink(link: string): string {
  const token = link.slice(link.indexOf('#plan=') + '#plan='.length);
  expect(token.startsWith('3.')).toBe(true);
  const payload = Buffer.from(token.slice(2), 'base64url');
  return strFromU8(inflateSync(payload.subarray(0, -4), { dictionary }));
}

function tokenOf(plan: unknown): string {
  const json = strToU8(JSON.stringify(plan));
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(json));
  const compressed = deflateSync(json, { level: 9, dictionary: dictionaryV1 });
  return `2.${Buffer.concat([compressed, checksum]).toString('base64url')}`;
}

const linkDialog = (page: Page) => page.getByRole('dialog', { name: 'Open the shared plan?' });

test('a copied link opens the same plan in a fresh browser, on the review', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seedExample(page, 'vpc-cross-account');
  await page.goto('/plan/review');
  const link = await copyLink(page);
  expect(link).toMatch(new RegExp(`^${baseURL}/plan/review#plan=3\\.[A-Za-z0-9_-]+$`));
  const original = content(await savedPlan(page));

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(stepHeading(other, 'Review')).toBeVisible();
  await expect(other).toHaveURL(`${baseURL}/plan/review`);
  await expect.poll(async () => content(await savedPlan(other))).toEqual(original);
  // The fragment is gone, so a reload shows the plan without opening the link again.
  await other.reload();
  await expect(stepHeading(other, 'Review')).toBeVisible();
  await expect(linkDialog(other)).toBeHidden();
  await fresh.close();
});

test('without a clipboard the link is offered to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new Error('no clipboard here'));
  });
  await seedExample(page, 'public-endpoint-ready');
  await page.goto('/plan/export');
  await page.getByRole('button', { name: 'Copy link to this plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'copy the link below' })).toBeVisible();
  const box = page.getByLabel('Link to this plan', { exact: true });
  const decoded = JSON.parse(planInLink(await box.inputValue()));
  expect(decoded.keyStore.CustomKeyStoreName).toBe(
    (readExample('public-endpoint-ready').keyStore as { CustomKeyStoreName: string })
      .CustomKeyStoreName,
  );
});

test('a link over a different autosaved plan asks, and both plans stay reachable', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seedExample(page, 'vpc-endpoint-service-ready');
  await page.goto('/plan/review');
  const link = await copyLink(page);
  const linked = content(await savedPlan(page));

  // Another browser, where a different plan is being worked on.
  const recipient = await browser.newContext();
  const other = await recipient.newPage();
  await seedExample(other, 'public-endpoint-ready');
  await other.goto('/plan/keys');
  const before = await savedPlan(other);
  await other.goto(link);
  await expect(linkDialog(other)).toBeVisible();
  // The dialog starts on the choice that keeps the plan; Escape keeps it too.
  await expect(other.getByRole('button', { name: 'Keep my plan' })).toBeFocused();
  await other.keyboard.press('Escape');
  await expect(linkDialog(other)).toBeHidden();
  expect(await savedPlan(other)).toEqual(before);
  expect(other.url()).not.toContain('#plan=');

  // The link was kept: it can be opened later, which sets the current plan aside.
  await other.reload();
  await other.getByRole('button', { name: /^Open “.*” \(sets yours aside\)$/ }).click();
  await expect(stepHeading(other, 'Review')).toBeVisible();
  await expect.poll(async () => content(await savedPlan(other))).toEqual(linked);

  // …and the set-aside plan comes back.
  await other
    .getByRole('button', { name: /^Switch back to “.*” \(sets the current one aside\)$/ })
    .click();
  await expect.poll(() => savedPlan(other)).toEqual(before);
  await other
    .getByRole('button', { name: /^Switch back to “.*” \(sets the current one aside\)$/ })
    .click();
  await expect.poll(async () => content(await savedPlan(other))).toEqual(linked);
  await recipient.close();
});

test('the link dialog names both plans: name, Region and last change', async ({ page }) => {
  await seedExample(page, 'public-endpoint-ready');
  await page.goto('/plan/start');
  const { savedAt } = await page.evaluate(
    (key) => JSON.parse(window.localStorage.getItem(key)!) as { savedAt: string },
    planStorageKey,
  );
  await page.goto(`/plan/review#plan=${tokenOf(readExample('vpc-cross-account'))}`);
  const plans = linkDialog(page).getByRole('table');
  await expect(plans.getByRole('columnheader')).toHaveText([
    'Fact',
    'Your plan, in this browser',
    'The shared plan',
  ]);
  const row = (name: string) => plans.getByRole('row', { name: new RegExp(`^${name}`) });
  await expect(row('Name').getByRole('cell')).toHaveText([
    'Finance data keys held in our Dublin HSMs (public endpoint)',
    'Shared-services proxy in the network account, store in the workload account (Sydney)',
  ]);
  await expect(row('Region').getByRole('cell')).toHaveText(['eu-west-1', 'ap-southeast-2']);
  await expect(row('Last change').locator('time')).toHaveAttribute(
    'datetime',
    new Date(savedAt).toISOString(),
  );
  await expect(row('Last change').getByRole('cell').last()).toHaveText(
    'not recorded (a link carries only the plan)',
  );
  // The dialog fits a narrow screen: the table wraps rather than scrolling sideways.
  await page.setViewportSize({ width: 360, height: 800 });
  const width = await linkDialog(page).evaluate(
    (dialog) => dialog.scrollWidth - dialog.clientWidth,
  );
  expect(width).toBe(0);
});

test('opening a link over a different plan from the dialog sets the plan aside', async ({
  page,
}) => {
  await seedExample(page, 'public-endpoint-ready');
  await page.goto('/plan/start');
  const before = await savedPlan(page);
  const shared = readExample('vpc-cross-account');
  await page.goto(`/plan/review#plan=${tokenOf(shared)}`);
  await expect(linkDialog(page)).toBeVisible();
  await page.getByRole('button', { name: 'Open the shared plan' }).click();
  await expect(stepHeading(page, 'Review')).toBeVisible();
  await expect
    .poll(async () => (await savedPlan(page)) as { keyStore?: { CustomKeyStoreName?: string } })
    .toMatchObject({ keyStore: { CustomKeyStoreName: 'workload-xks' } });
  await expect(page.getByText('Set-aside plan:')).toBeVisible();
  const setAside = await page.evaluate(() =>
    localStorage.getItem('xks-planner:set-aside-plans:v2'),
  );
  expect(JSON.parse(setAside ?? 'null')[0].plan).toEqual(before);
});

for (const [name, damage, message] of [
  ['a truncated link', (token: string) => token.slice(0, token.length - 12), 'damaged'],
  ['a link from a newer planner', (token: string) => `9${token.slice(1)}`, 'newer XKS Planner'],
  [
    'a link with one character changed',
    (token: string) => {
      const middle = Math.floor(token.length / 2);
      return `${token.slice(0, middle)}${token[middle] === 'A' ? 'B' : 'A'}${token.slice(middle + 1)}`;
    },
    'damaged',
  ],
] as const) {
  test(`${name} shows the problem and leaves the autosaved plan intact`, async ({ page }) => {
    await seedExample(page, 'public-endpoint-ready');
    await page.goto('/plan/start');
    const before = await savedPlan(page);
    const token = tokenOf(readExample('vpc-cross-account'));
    await page.goto(`/plan/review#plan=${damage(token)}`);
    const alert = page.getByRole('alert').filter({ hasText: 'This link cannot be opened' });
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('The plan in this browser has not been changed');
    await expect(linkDialog(page)).toBeHidden();
    expect(await savedPlan(page))?.toEqual(before);
    expect(page.url()).not.toContain('#plan=');
  });
}

test('a version-1 link (no checksum) opens with a note saying so', async ({ page }) => {
  const plan = { version: 1, title: 'Made by an older planner' };
  const compressed = deflateSync(strToU8(JSON.stringify(plan)), {
    level: 9,
    dictionary: dictionaryV1,
  });
  await page.goto(`/plan/review#plan=1.${Buffer.from(compressed).toString('base64url')}`);
  await expect(page.getByRole('note')).toContainText('carries no checksum');
  expect(content(await savedPlan(page))).toEqual(content(plan));
});

test('two links opened in a row: the own plan and the first link’s plan both stay', async ({
  page,
}) => {
  await seedExample(page, 'public-endpoint-ready');
  await page.goto('/plan/start');
  const own = await savedPlan(page);
  for (const example of ['vpc-cross-account', 'vpc-endpoint-service-ready']) {
    await page.goto(`/plan/review#plan=${tokenOf(readExample(example))}`);
    await page.getByRole('button', { name: 'Open the shared plan' }).click();
    await expect(stepHeading(page, 'Review')).toBeVisible();
  }
  const setAside = page.getByRole('region', { name: 'Kept in this browser' });
  await expect(setAside.getByText('Set-aside plan:')).toHaveCount(2);
  // Switch back to the own plan, whatever came in between.
  const name = (own as { title?: string }).title!;
  await setAside
    .getByRole('button', { name: `Switch back to “${name}” (sets the current one aside)` })
    .click();
  await expect.poll(() => savedPlan(page)).toEqual(own);
});

test('"keep my plan" twice keeps both links, each to open or forget', async ({ page }) => {
  await seedExample(page, 'public-endpoint-ready');
  await page.goto('/plan/start');
  const own = await savedPlan(page);
  for (const example of ['vpc-cross-account', 'vpc-endpoint-service-ready']) {
    await page.goto(`/plan/review#plan=${tokenOf(readExample(example))}`);
    await page.getByRole('button', { name: 'Keep my plan' }).click();
    await expect(linkDialog(page)).toBeHidden();
  }
  expect(await savedPlan(page))?.toEqual(own);
  const kept = page.getByRole('region', { name: 'Kept in this browser' });
  await expect(kept.getByText('Shared plan not opened yet:')).toHaveCount(2);
  await kept
    .getByRole('button', { name: /^Forget “/ })
    .first()
    .click();
  await expect(kept.getByText('Shared plan not opened yet:')).toHaveCount(1);
  await kept.getByRole('button', { name: /^Open “.*” \(sets yours aside\)$/ }).click();
  await expect(stepHeading(page, 'Review')).toBeVisible();
  await expect(kept.getByText('Set-aside plan:')).toHaveCount(1);
});

test('no secret ever reaches a link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const importedSecret = 'aW1wb3J0ZWQtc2VjcmV0LWZyb20tdGhlLWNvbnNvbGUtZmlsZQ';
  await page.goto('/plan/start');
  await liveApp(page)
    .getByLabel('Plan file or proxy configuration file')
    .setInputFiles({
      name: 'proxy-configuration.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          XksProxyUriPath: '/team/kms/xks/v1',
          XksProxyAuthenticationCredential: {
            AccessKeyId: 'IMPORTEDACCESSKEYID1',
            RawSecretAccessKey: importedSecret,
          },
        }),
      ),
    });
  await expect(page.getByRole('status').filter({ hasText: 'filled in' })).toBeVisible();
  await stepper(page)
    .getByRole('link', { name: /Key store basics/ })
    .click();
  await page.getByRole('button', { name: 'Generate a new credential' }).click();
  const generatedSecret = await page
    .getByLabel('Secret access key (shown once)', { exact: true })
    .inputValue();

  const link = await copyLink(page);
  const decoded = planInLink(link);
  for (const text of [link, decodeURIComponent(link), decoded]) {
    expect(text).not.toContain(importedSecret);
    expect(text).not.toContain(generatedSecret);
    expect(text).not.toContain('RawSecretAccessKey');
  }
  expect(JSON.parse(decoded).keyStore.XksProxyUriPath).toBe('/team/kms/xks/v1');
});

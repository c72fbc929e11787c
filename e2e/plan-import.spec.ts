import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { readExample } from './support';
import { liveApp, savedPlan, seedExample, stepHeading, stepper } from './wizard-support';

const examplePath = (id: string) =>
  fileURLToPath(new URL(`../examples/${id}.json`, import.meta.url));
const filePicker = (page: Page) =>
  liveApp(page).getByLabel('Plan file or proxy configuration file', { exact: true });
const jsonFile = (name: string, value: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)),
});

/** Drops a file on the import card, as a file dragged from the desktop would be. */
async function dropFile(page: Page, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: 'application/json' }));
      return transfer;
    },
    [name, text] as const,
  );
  // The live app's card: the pre-rendered one is inert until the app takes over.
  const card = liveApp(page).locator('.file-import');
  await card.dispatchEvent('dragover', { dataTransfer });
  await card.dispatchEvent('drop', { dataTransfer });
}

test('a plan file chosen with the file picker becomes the plan', async ({ page }) => {
  await page.goto('/plan/start');
  await filePicker(page).setInputFiles(examplePath('vpc-endpoint-service-ready'));
  await expect(stepHeading(page, 'Connectivity')).toBeVisible();
  await expect
    .poll(async () => ({ ...(await savedPlan(page)), $schema: undefined }))
    .toEqual({ ...readExample('vpc-endpoint-service-ready'), $schema: undefined });
});

test('a dropped plan file asks before replacing a plan with content', async ({ page }) => {
  await seedExample(page, 'public-endpoint-ready');
  await page.goto('/plan/start');
  const before = await savedPlan(page);
  const text = JSON.stringify(readExample('vpc-cross-account'));
  const dialog = page.getByRole('dialog', { name: 'Replace the current plan?' });

  await dropFile(page, 'cross-account.json', text);
  await expect(dialog).toContainText('the plan in “cross-account.json”');
  await page.getByRole('button', { name: 'Keep my plan' }).click();
  expect(await savedPlan(page))?.toEqual(before);

  await dropFile(page, 'cross-account.json', text);
  await page.getByRole('button', { name: 'Replace my plan' }).click();
  await expect(stepHeading(page, 'Connectivity')).toBeVisible();
  await expect
    .poll(async () => (await savedPlan(page))?.accountId)
    .toBe(readExample('vpc-cross-account').accountId);
});

test('a file that cannot be used lists its problems by path and changes nothing', async ({
  page,
}) => {
  await seedExample(page, 'public-endpoint-ready');
  await page.goto('/plan/start');
  const before = await savedPlan(page);
  const problems = page.getByRole('alert');

  await filePicker(page).setInputFiles(
    jsonFile('broken.json', { version: 1, region: 7, keyStore: { Surprise: true } }),
  );
  await expect(problems).toContainText('“broken.json” cannot be imported; nothing was changed');
  await expect(problems.getByRole('listitem')).toHaveText([
    /^\/region: this value does not fit the plan format/,
    '/keyStore/Surprise: the plan format has no field "Surprise"',
  ]);

  await filePicker(page).setInputFiles(jsonFile('future.json', { version: 7 }));
  await expect(problems).toContainText('made by a newer XKS Planner');
  await filePicker(page).setInputFiles(jsonFile('notes.txt', 'not JSON at all'));
  await expect(problems).toContainText('The file: not valid JSON');

  await expect(stepHeading(page, 'Start')).toBeVisible();
  expect(await savedPlan(page))?.toEqual(before);
});

const proxyConfiguration = (secret: string) =>
  jsonFile('proxy-configuration.json', {
    XksProxyUriPath: '/vendor/kms/xks/v1',
    XksProxyAuthenticationCredential: {
      AccessKeyId: 'VENDORACCESSKEYID123',
      RawSecretAccessKey: secret,
    },
  });

test('a proxy configuration file asks before changing what was entered; keeping it is the default', async ({
  page,
}) => {
  const secret = 'a2VlcC13aGF0LXlvdS1lbnRlcmVkLWlzLXRoZS1kZWZhdWx0LWNob2ljZQ';
  await seedExample(page, 'public-endpoint-ready');
  await page.goto('/plan/start');
  const before = await savedPlan(page);
  await filePicker(page).setInputFiles(proxyConfiguration(secret));
  const dialog = page.getByRole('dialog', { name: 'Replace what you entered?' });
  await expect(dialog).toContainText('yours: /finance/kms/xks/v1; the file’s: /vendor/kms/xks/v1');
  await expect(dialog).toContainText('yours: BE3QMVKAHPJ6Z4OI2RQXF7TW');
  // The first button has the focus: Enter (or Escape) keeps the user's values.
  await expect(dialog.getByRole('button', { name: 'Keep what I entered' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Kept what you entered' })).toContainText(
    'instead of the proxy URI path, the access key ID and the secret access key',
  );
  expect(await savedPlan(page))?.toEqual(before);
  // The file's secret is never paired with the user's own access key ID.
  await stepper(page)
    .getByRole('link', { name: /Export/ })
    .click();
  await page.getByRole('tab', { name: 'Proxy configuration file' }).click();
  await expect(
    page.getByLabel('Secret access key — only for this file, never stored or sent'),
  ).toHaveValue('');
});

test('a proxy configuration file fills the path and key ID; its secret stays in memory', async ({
  page,
}) => {
  const secret = 'cHJveHktY29uZmlndXJhdGlvbi1zZWNyZXQtZm9yLXRoZS1zZXNzaW9u';
  await seedExample(page, 'public-endpoint-ready');
  await page.goto('/plan/start');
  await filePicker(page).setInputFiles(proxyConfiguration(secret));
  await page
    .getByRole('dialog', { name: 'Replace what you entered?' })
    .getByRole('button', { name: 'Use the file’s values' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'filled in' })).toContainText(
    'the proxy URI path, the access key ID and the secret access key',
  );
  await expect
    .poll(async () => (await savedPlan(page))?.keyStore)
    .toMatchObject({
      XksProxyUriPath: '/vendor/kms/xks/v1',
      XksProxyAuthenticationCredential: { AccessKeyId: 'VENDORACCESSKEYID123' },
    });
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(secret);

  await stepper(page)
    .getByRole('link', { name: /Key store basics/ })
    .click();
  await expect(page.getByLabel('Access key ID', { exact: true })).toHaveValue(
    'VENDORACCESSKEYID123',
  );
  // The export step can put the secret into the proxy configuration file.
  await stepper(page)
    .getByRole('link', { name: /Export/ })
    .click();
  await page.getByRole('tab', { name: 'Proxy configuration file' }).click();
  await expect(
    page.getByLabel('Secret access key — only for this file, never stored or sent'),
  ).toHaveValue(secret);
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(secret);
  expect(page.url()).not.toContain(secret);
});

test('an aws kms --cli-input-json file opens as a plan, without its secret', async ({ page }) => {
  const secret = 'Y2xpLWlucHV0LWpzb24tc2VjcmV0LWZvci10aGUtc2Vzc2lvbg';
  await page.goto('/plan/start');
  await filePicker(page).setInputFiles(
    jsonFile('create-custom-key-store.json', {
      CustomKeyStoreName: 'from-the-cli',
      CloudHsmClusterId: '',
      CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
      XksProxyUriEndpoint: 'https://xks.example.com',
      XksProxyAuthenticationCredential: {
        AccessKeyId: 'CLIACCESSKEYID123456',
        RawSecretAccessKey: secret,
      },
      XksProxyConnectivity: 'PUBLIC_ENDPOINT',
    }),
  );
  await expect(stepHeading(page, 'Connectivity')).toBeVisible();
  await expect
    .poll(async () => savedPlan(page))
    .toEqual({
      version: 1,
      keyStore: {
        CustomKeyStoreName: 'from-the-cli',
        CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
        XksProxyUriEndpoint: 'https://xks.example.com',
        XksProxyAuthenticationCredential: { AccessKeyId: 'CLIACCESSKEYID123456' },
        XksProxyConnectivity: 'PUBLIC_ENDPOINT',
      },
    });
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(secret);
});

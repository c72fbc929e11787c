import { expect, test } from '@playwright/test';
import {
  editor,
  mistakesExample,
  readExample,
  readyExamples,
  resultRegion,
  verdict,
} from './support';

test.beforeEach(async ({ page }) => {
  await page.goto('/check');
});

test('opens with the public-endpoint example and a ready verdict', async ({ page }) => {
  await expect(page).toHaveTitle('Check a plan file · XKS Planner');
  await expect(page.getByRole('heading', { level: 1, name: 'XKS Planner' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Public endpoint, ready' })).toBeChecked();
  await expect(editor(page)).toHaveValue(/"XksProxyConnectivity": "PUBLIC_ENDPOINT"/);
  await expect(verdict(page)).toContainText(
    'Ready: every deciding requirement is stated and passes',
  );
  await expect(verdict(page)).toHaveAttribute('aria-live', 'polite');
  await expect(verdict(page).getByRole('list', { name: 'Findings per severity' })).toContainText(
    '0 errors',
  );
});

for (const example of readyExamples) {
  test(`the "${example.label}" example is ready`, async ({ page }) => {
    const { title } = readExample(example.id);
    await page.getByRole('radio', { name: example.label }).check();
    // The editor shows the chosen plan: its own title, matched literally.
    const titleLine = `"title": ${JSON.stringify(title)}`;
    await expect(editor(page)).toHaveValue(
      new RegExp(titleLine.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    );
    await expect(verdict(page)).toContainText(
      'Ready: every deciding requirement is stated and passes',
    );
    await expect(resultRegion(page).getByRole('heading', { name: /^Errors/ })).toHaveCount(0);
  });
}

test('the mistakes example is not ready, names the rules and never shows the secret', async ({
  page,
}) => {
  const plan = readExample(mistakesExample.id) as {
    keyStore: { XksProxyAuthenticationCredential: { RawSecretAccessKey: string } };
  };
  const secret = plan.keyStore.XksProxyAuthenticationCredential.RawSecretAccessKey;

  await page.getByRole('radio', { name: mistakesExample.label }).check();
  await expect(verdict(page)).toContainText(/Blocked: \d+ errors?/);
  const result = resultRegion(page);
  await expect(result.getByRole('heading', { name: /^Errors \(\d+\)$/ })).toBeVisible();
  for (const ruleId of ['proxy-uri-endpoint-format', 'no-secret-in-plan']) {
    await expect(result.getByText(ruleId, { exact: true })).toBeVisible();
  }

  const secretFinding = result.getByRole('listitem').filter({ hasText: 'no-secret-in-plan' });
  await expect(secretFinding).toContainText(
    '/keyStore/XksProxyAuthenticationCredential/RawSecretAccessKey',
  );
  await expect(secretFinding).toContainText('Fix');
  const source = secretFinding.getByRole('link', { name: /AWS KMS API Reference/ });
  await expect(source).toHaveAttribute('href', /^https:\/\/docs\.aws\.amazon\.com\//);
  await expect(source).toHaveAttribute('target', '_blank');

  await expect(editor(page)).toHaveValue(/"RawSecretAccessKey": "hidden by XKS Planner/);
  expect(await editor(page).inputValue()).not.toContain(secret);
  await expect(page.locator('body')).not.toContainText(secret);
  expect(await page.content()).not.toContain(secret);
});

test('checks as the user types', async ({ page }) => {
  const text = await editor(page).inputValue();
  await editor(page).fill(
    text.replace('"https://myproxy.xks.example.com"', '"https://myproxy.xks.example.com:8443"'),
  );
  await expect(verdict(page)).toContainText(/Blocked: \d+ errors?/);
  const finding = resultRegion(page)
    .getByRole('listitem')
    .filter({ hasText: 'proxy-uri-endpoint-format' });
  await expect(finding).toContainText('XksProxyUriEndpoint includes a port');
  await expect(finding).toContainText('/keyStore/XksProxyUriEndpoint');
  // The text is the user's own now: no example is chosen.
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await page.getByRole('radio', { name: 'Public endpoint, ready' }).check();
  await expect(page.getByRole('radio', { name: 'Public endpoint, ready' })).toBeChecked();
});

test('broken JSON shows a clear error and keeps the text', async ({ page }) => {
  const field = editor(page);
  await field.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(', "oops"');
  const typed = await field.inputValue();
  expect(typed).toMatch(/\}\n, "oops"$/);

  await expect(verdict(page)).toContainText('This text cannot be checked');
  await expect(verdict(page)).toContainText('not valid JSON');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/not valid JSON/);
  await expect(field).toHaveValue(typed);
  await expect(resultRegion(page).getByRole('listitem')).toHaveCount(0);

  for (let index = 0; index < ', "oops"'.length; index++) await page.keyboard.press('Backspace');
  await expect(verdict(page)).toContainText(
    'Ready: every deciding requirement is stated and passes',
  );
  await expect(field).not.toHaveAttribute('aria-invalid');
});

test('explains documents it cannot check', async ({ page }) => {
  const cases = [
    { text: '{ "version": 2 }', reason: 'plan version 2 is newer than this planner understands' },
    { text: '{ "version": "1" }', reason: 'unknown plan version (a string)' },
    { text: '[]', reason: 'expected a JSON object, found an array' },
    { text: '{ "name": "payments" }', reason: 'not an XKS plan' },
    { text: '   ', reason: 'the file is empty' },
  ];
  for (const { text, reason } of cases) {
    await editor(page).fill(text);
    await expect(verdict(page)).toContainText(reason);
    await expect(editor(page)).toHaveValue(text);
  }
});

test('checks a pasted KMS proxy configuration file', async ({ page }) => {
  await editor(page).fill(
    JSON.stringify({
      XksProxyUriPath: '/example/kms/xks/v1',
      XksProxyAuthenticationCredential: { AccessKeyId: 'BE3QMVKAHPJ6Z4OI2RQXF7TW' },
    }),
  );
  await expect(verdict(page)).toContainText('Checked as a KMS proxy configuration file.');
});

test('works with the keyboard alone', async ({ page }) => {
  const first = page.getByRole('radio', { name: 'Public endpoint, ready' });
  for (
    let tab = 0;
    tab < 10 && !(await first.evaluate((node) => node === document.activeElement));
    tab++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'VPC endpoint service, ready' })).toBeChecked();
  await expect(editor(page)).toHaveValue(/"XksProxyConnectivity": "VPC_ENDPOINT_SERVICE"/);
  await page.keyboard.press('Tab');
  await expect(editor(page)).toBeFocused();
});

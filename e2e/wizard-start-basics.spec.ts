import { expect, test, type Page } from '@playwright/test';
import { savedPlan, seedExample, stepHeading } from './wizard-support';

const findingsFor = (page: Page, label: string) =>
  page.getByRole('list', { name: `Findings for ${label}` });

test('an example from the start step lands on connectivity, and switching keeps every value', async ({
  page,
}) => {
  await page.goto('/');
  await expect(
    page.getByRole('heading', { name: 'Do you really need an external key store?' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Public endpoint, ready' }).click();

  await expect(page).toHaveURL(/\/plan\/connectivity$/);
  await expect(stepHeading(page, 'Connectivity')).toBeVisible();
  const publicChoice = page.getByRole('radio', { name: 'Public endpoint' });
  const vpcChoice = page.getByRole('radio', { name: 'VPC endpoint service' });
  await expect(publicChoice).toBeChecked();
  await expect(vpcChoice).not.toBeChecked();

  const location = page.getByLabel('Where the proxy runs', { exact: true });
  await location.selectOption({ label: 'In your own data centre (on premises)' });
  const before = await savedPlan(page);
  expect(before?.keyStore?.XksProxyUriEndpoint).toBe('https://myproxy.xks.example.com');
  expect(before?.publicEndpoint?.ipv4Addresses).toEqual(['203.0.113.10', '203.0.113.11']);

  await vpcChoice.check();
  await expect(vpcChoice).toBeChecked();
  await expect
    .poll(async () => (await savedPlan(page))?.keyStore?.XksProxyConnectivity)
    .toBe('VPC_ENDPOINT_SERVICE');
  await publicChoice.check();
  await expect(publicChoice).toBeChecked();
  await expect(location).toHaveValue('on-premises');
  // Every value is kept; choosing VPC connectivity filled in what AWS fixes for it (the load
  // balancer and endpoint service), which a public endpoint does not read.
  await expect
    .poll(async () => {
      const { loadBalancer, endpointService, ...rest } = (await savedPlan(page)) ?? { version: 1 };
      return { rest, loadBalancerType: loadBalancer?.type, service: endpointService?.serviceType };
    })
    .toEqual({
      rest: {
        ...before,
        keyStore: { ...before?.keyStore, XksProxyConnectivity: 'PUBLIC_ENDPOINT' },
      },
      loadBalancerType: 'network',
      service: 'Interface',
    });

  await page.getByRole('button', { name: /^Next: Key store basics/ }).click();
  await expect(page.getByLabel('Proxy URI endpoint', { exact: true })).toHaveValue(
    'https://myproxy.xks.example.com',
  );
  await expect(page.getByLabel('Proxy URI path prefix', { exact: true })).toHaveValue('/finance');
});

test('the start step asks before an example replaces a plan with content', async ({ page }) => {
  await seedExample(page, 'public-endpoint-ready');
  await page.goto('/plan/start');
  await page.getByRole('button', { name: 'A draft full of mistakes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Replace the current plan?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Keep my plan' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Keep my plan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/plan\/start$/);
  expect((await savedPlan(page))?.title).toContain('public endpoint');

  await page.getByRole('button', { name: 'A draft full of mistakes' }).click();
  await dialog.getByRole('button', { name: 'Replace my plan' }).click();
  await expect(page).toHaveURL(/\/plan\/connectivity$/);
  await expect(page.getByRole('radio', { name: 'VPC endpoint service' })).toBeChecked();
  const plan = await savedPlan(page);
  expect(plan?.region).toBe('us-east-1');
  // The example carries a secret access key on purpose; it is left out on the way in.
  expect(JSON.stringify(plan)).not.toContain('RawSecretAccessKey');
});

test('a new plan starts as an external key store without asking when nothing is there', async ({
  page,
}) => {
  await page.goto('/plan/start');
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await expect(page).toHaveURL(/\/plan\/connectivity$/);
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect
    .poll(async () => savedPlan(page))
    .toEqual({
      version: 1,
      keyStore: { CustomKeyStoreType: 'EXTERNAL_KEY_STORE' },
    });
  await expect(page.getByRole('link', { name: 'paste a plan file and check it' })).toHaveCount(0);
  await page.goto('/plan/start');
  await expect(page.getByRole('link', { name: 'paste a plan file and check it' })).toHaveAttribute(
    'href',
    '/check',
  );
});

test('basics lists Regions by name and marks the China Regions unsupported', async ({ page }) => {
  await page.goto('/plan/basics');
  const region = page.getByLabel('AWS Region', { exact: true });
  await expect(
    region.getByRole('option', { name: 'Europe (Ireland) — eu-west-1', exact: true }),
  ).toHaveCount(1);
  await expect(
    region.getByRole('option', { name: 'US East (N. Virginia) — us-east-1', exact: true }),
  ).toHaveCount(1);
  const beijing = region.getByRole('option', {
    name: 'China (Beijing) — cn-north-1 (not supported for external key stores)',
  });
  await expect(beijing).toHaveCount(1);
  await expect(
    region.getByRole('option', {
      name: 'China (Ningxia) — cn-northwest-1 (not supported for external key stores)',
    }),
  ).toHaveCount(1);

  await region.selectOption('cn-north-1');
  await expect(findingsFor(page, 'AWS Region')).toContainText(
    'region-supports-external-key-stores',
  );
  await region.selectOption('eu-west-1');
  await expect(findingsFor(page, 'AWS Region')).toHaveCount(0);
});

test('the path prefix field writes /prefix/kms/xks/v1 and shows odd paths whole', async ({
  page,
}) => {
  await page.goto('/plan/basics');
  const prefix = page.getByLabel('Proxy URI path prefix', { exact: true });
  await page.getByRole('button', { name: 'Use /kms/xks/v1 without a prefix' }).click();
  await expect
    .poll(async () => (await savedPlan(page))?.keyStore?.XksProxyUriPath)
    .toBe('/kms/xks/v1');

  await prefix.fill('finance');
  await expect(page.getByText('Full path: /finance/kms/xks/v1')).toBeVisible();
  await expect
    .poll(async () => (await savedPlan(page))?.keyStore?.XksProxyUriPath)
    .toBe('/finance/kms/xks/v1');
  await prefix.fill('/team_a/prod');
  await expect
    .poll(async () => (await savedPlan(page))?.keyStore?.XksProxyUriPath)
    .toBe('/team_a/prod/kms/xks/v1');
  await prefix.fill('');
  await expect
    .poll(async () => (await savedPlan(page))?.keyStore?.XksProxyUriPath)
    .toBe('/kms/xks/v1');
  await expect(prefix).toHaveValue('');

  // A whole path pasted into the prefix box is kept, and the box shows its prefix.
  await prefix.fill('/payments/kms/xks/v1');
  await expect
    .poll(async () => (await savedPlan(page))?.keyStore?.XksProxyUriPath)
    .toBe('/payments/kms/xks/v1');
  await expect(prefix).toHaveValue('/payments');
});

test('a stored path that does not end in /kms/xks/v1 is shown whole, with its finding', async ({
  page,
}) => {
  await seedExample(page, 'plan-with-mistakes');
  await page.goto('/plan/basics');
  const prefix = page.getByLabel('Proxy URI path prefix', { exact: true });
  await expect(prefix).toHaveValue('/payments/kms/xks/v2');
  await expect(findingsFor(page, 'Proxy URI path prefix')).toContainText('proxy-uri-path-format');
  expect((await savedPlan(page))?.keyStore?.XksProxyUriPath).toBe('/payments/kms/xks/v2');
  await prefix.fill('/payments/kms/xks/v1');
  await expect(findingsFor(page, 'Proxy URI path prefix')).toHaveCount(0);
  expect((await savedPlan(page))?.keyStore?.XksProxyUriPath).toBe('/payments/kms/xks/v1');
  // Emptied, the path is not stated, and the box takes a prefix again.
  await prefix.fill('');
  await expect(page.getByText('Path: not stated yet.')).toBeVisible();
  await expect.poll(async () => (await savedPlan(page))?.keyStore?.XksProxyUriPath).toBeUndefined();
  await prefix.fill('payments');
  await expect
    .poll(async () => (await savedPlan(page))?.keyStore?.XksProxyUriPath)
    .toBe('/payments/kms/xks/v1');
  // The imported AWS_CLOUDHSM type stays visible with its finding.
  await expect(page.getByLabel('Key store type', { exact: true })).toHaveValue('AWS_CLOUDHSM');
  await expect(findingsFor(page, 'Key store type')).toContainText('key-store-type-external');
});

test('a generated credential fills the access key ID and shows the secret once, never storing it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/plan/basics');
  await page.getByRole('button', { name: 'Generate a new credential' }).click();

  const accessKeyId = page.getByLabel('Access key ID', { exact: true });
  await expect(accessKeyId).toHaveValue(/^[A-Z2-7]{26}$/);
  const secretBox = page.getByLabel('Secret access key (shown once)', { exact: true });
  await expect(secretBox).toHaveValue(/^[A-Za-z0-9+/]{43}=$/);
  const secret = await secretBox.inputValue();
  const id = await accessKeyId.inputValue();

  await page.getByRole('button', { name: 'Copy the secret' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

  await expect
    .poll(
      async () => (await savedPlan(page))?.keyStore?.XksProxyAuthenticationCredential?.AccessKeyId,
    )
    .toBe(id);
  const storage = await page.evaluate(() => JSON.stringify(localStorage));
  expect(storage).toContain(id);
  expect(storage).not.toContain(secret);
  expect(page.url()).not.toContain(secret);
  expect(decodeURIComponent(page.url())).not.toContain(secret);

  // Leaving the step forgets the secret.
  await page.getByRole('button', { name: /^Next: Network/ }).click();
  await page.getByRole('button', { name: /^← Back: Key store basics/ }).click();
  await expect(page.getByLabel('Access key ID', { exact: true })).toHaveValue(id);
  await expect(page.getByLabel('Secret access key (shown once)', { exact: true })).toHaveCount(0);
  const after = await page.evaluate(
    () => JSON.stringify(localStorage) + JSON.stringify(sessionStorage),
  );
  expect(after).not.toContain(secret);
  expect(page.url()).not.toContain(secret);

  // A second credential differs from the first.
  await page.getByRole('button', { name: 'Generate a new credential' }).click();
  await expect(page.getByLabel('Access key ID', { exact: true })).not.toHaveValue(id);
  await expect(page.getByLabel('Secret access key (shown once)', { exact: true })).not.toHaveValue(
    secret,
  );
});

test('a wrong endpoint shows its finding beside the field, and reload keeps plan and step', async ({
  page,
}) => {
  await page.goto('/plan/basics');
  const endpoint = page.getByLabel('Proxy URI endpoint', { exact: true });
  await endpoint.fill('https://10.0.0.5:8443');
  await expect(findingsFor(page, 'Proxy URI endpoint')).toContainText('proxy-uri-endpoint-format');
  await expect(endpoint).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Key store name', { exact: true }).fill('finance-xks');

  await expect
    .poll(async () => (await savedPlan(page))?.keyStore?.CustomKeyStoreName)
    .toBe('finance-xks');
  await page.reload();
  await expect(stepHeading(page, 'Key store basics')).toBeVisible();
  await expect(page).toHaveURL(/\/plan\/basics$/);
  await expect(page.getByLabel('Key store name', { exact: true })).toHaveValue('finance-xks');
  await expect(page.getByLabel('Proxy URI endpoint', { exact: true })).toHaveValue(
    'https://10.0.0.5:8443',
  );
  await expect(findingsFor(page, 'Proxy URI endpoint')).toContainText('proxy-uri-endpoint-format');

  await page
    .getByLabel('Proxy URI endpoint', { exact: true })
    .fill('https://myproxy.xks.example.com');
  await expect(findingsFor(page, 'Proxy URI endpoint')).toHaveCount(0);
});

test('"Start over" asks before it discards the plan', async ({ page }) => {
  await seedExample(page, 'public-endpoint-ready');
  await page.goto('/plan/basics');
  await page.getByRole('button', { name: 'Start over' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start over with an empty plan?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep my plan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Key store name', { exact: true })).toHaveValue('finance-xks');

  await page.getByRole('button', { name: 'Start over' }).click();
  await dialog.getByRole('button', { name: 'Discard and start over' }).click();
  await expect(page).toHaveURL(/\/plan\/start$/);
  // Now nothing is there to lose, so a new plan starts without asking.
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page).toHaveURL(/\/plan\/connectivity$/);
  await page.getByRole('button', { name: /^Next: Key store basics/ }).click();
  await expect(page.getByLabel('Key store name', { exact: true })).toHaveValue('');
});

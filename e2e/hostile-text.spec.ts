import { expect, test } from '@playwright/test';
import { readExample } from './support';
import { seedPlan, stepPaths } from './wizard-support';

/** Markup and script in every text of a plan: none of it may ever run. */
const payloads = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload="window.__xss=1">',
  'javascript:window.__xss=1',
];

/** The example with every string (but the version and enum-like values) replaced by a payload. */
function hostile(value: unknown, index = { next: 0 }): unknown {
  if (typeof value === 'string') {
    // Keep values the schema restricts to a closed set, so that the page still shows the fields.
    if (
      /^[A-Z_0-9]+$|^(ipv4|ipv6|TCP|TLS|HTTP|ip|internal|network|verified|proxy|on-premises|direct-connect|Interface|RSA|ECDSA|TLSv1\.[0-3])$/.test(
        value,
      )
    ) {
      return value;
    }
    return `${value} ${payloads[index.next++ % payloads.length]}`;
  }
  if (Array.isArray(value)) return value.map((item) => hostile(item, index));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        key === '$schema' ? item : hostile(item, index),
      ]),
    );
  }
  return value;
}

test('plan text is never run as markup or script: any step, the checker, report, explainer or export preview', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await seedPlan(
    page,
    hostile(readExample('vpc-endpoint-service-ready')) as Record<string, unknown>,
  );
  for (const path of [...stepPaths, '/check', '/report', '/explain/XKS_PROXY_TIMED_OUT']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expect(page.getByText('Loading the checks…')).toHaveCount(0);
    if (path === '/report') {
      // The report shows the plan's texts, payloads included, as text.
      await expect(page.locator('.report').getByText('window.__xss').first()).toBeVisible();
    }
    // The payload text is shown as text somewhere on the data steps.
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss), path).toBeUndefined();
    expect(
      await page
        .locator('main img[src="x"], main svg[onload], main script, main a[href^="javascript:" i]')
        .count(),
      path,
    ).toBe(0);
  }
  await page.goto('/plan/export');
  for (const format of [
    'Terraform',
    'AWS CDK (TypeScript)',
    'AWS CLI script',
    'Proxy configuration file',
    'Plan file',
  ]) {
    await page.getByRole('tab', { name: format }).click();
    await expect(page.getByRole('tabpanel', { name: format })).toBeVisible();
    // The payloads are in the previews, as text.
    await expect(
      page
        .getByRole('tabpanel', { name: format })
        .locator('code[data-highlighted]')
        .filter({ hasText: 'window.__xss' }),
    ).not.toHaveCount(0);
  }
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('main img[src="x"], main svg[onload], main script').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

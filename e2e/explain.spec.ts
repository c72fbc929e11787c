import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { seedExample, stepHeading } from './wizard-support';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the header links to the explainer, which lists the codes and finds one by search', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Explain an error code' }).click();
  await expect(page).toHaveURL(/\/explain$/);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Explain an error code' }),
  ).toBeVisible();
  const index = page.getByRole('navigation', { name: 'Error codes' });
  await expect(index.getByRole('link', { name: 'XKS_PROXY_TIMED_OUT' })).toBeVisible();
  await index.getByLabel('Search the codes').fill('timed');
  await expect(index.getByRole('status')).toHaveText(/^1 of \d+ codes match$/);
  await index.getByLabel('Search the codes').press('Enter');
  await expect(page).toHaveURL(/\/explain\/XKS_PROXY_TIMED_OUT$/);
  await expect(page.getByRole('heading', { level: 2, name: /XKS_PROXY_TIMED_OUT/ })).toBeVisible();
  await expect(index.getByRole('link', { name: 'XKS_PROXY_TIMED_OUT' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByText('No plan is saved in this browser.')).toBeVisible();
});

test('a deep link shows the saved plan’s findings and links to their field', async ({ page }) => {
  await seedExample(page, 'plan-with-mistakes');
  await page.goto('/explain?code=xks_proxy_timed_out');
  await expect(page).toHaveTitle('XKS_PROXY_TIMED_OUT · Explain an error code · XKS Planner');
  await expect(page.getByRole('status').filter({ hasText: 'Your saved plan has' })).toHaveText(
    /Your saved plan has \d+ findings that would cause this error/,
  );
  const findings = page.getByRole('list', { name: 'Findings of your plan' }).first();
  await expect(findings).toContainText('traffic-round-trip-time');
  await findings.getByRole('button', { name: 'Go to the field on “Operations”' }).first().click();
  await expect(page).toHaveURL(/\/plan\/operations$/);
  await expect(stepHeading(page, 'Operations')).toBeVisible();
  await expect(
    page.getByRole('textbox', { name: 'Round trip between the AWS Region and the proxy' }),
  ).toBeFocused();
});

test('a saved plan that does not state what a cause needs is not said to rule it out', async ({
  page,
}) => {
  await seedExample(page, 'vpc-endpoint-service-draft');
  await page.goto('/explain?code=XKS_PROXY_TIMED_OUT');
  await expect(page.getByRole('status').filter({ hasText: 'Your saved plan has' })).toHaveText(
    /no finding that would cause this error\. \d+ checks of its causes are not known yet/,
  );
  await expect(
    page.getByRole('list', { name: 'Not known yet in your plan' }).first(),
  ).toContainText('traffic-round-trip-time Not known yet: the plan does not state');
});

test('an unknown code is named, with close matches', async ({ page }) => {
  await page.goto('/explain/XKS_PROXY_TIMEOUT');
  await expect(page.getByRole('alert')).toContainText('“XKS_PROXY_TIMEOUT” is not a');
  await page.getByRole('link', { name: 'XKS_PROXY_TIMED_OUT' }).last().click();
  await expect(page.getByRole('heading', { level: 2, name: /XKS_PROXY_TIMED_OUT/ })).toBeVisible();

  await page.goto('/explain/CLUSTER_NOT_FOUND');
  await expect(
    page.getByRole('heading', {
      name: 'CLUSTER_NOT_FOUND does not occur with external key stores',
    }),
  ).toBeVisible();
});

test('the latency assessment and the site fields appear in the wizard', async ({ page }) => {
  await seedExample(page, 'public-endpoint-ready');
  await page.goto('/plan/proxy');
  const proxySite = page.getByRole('group', { name: 'Where the proxy is' });
  await proxySite.getByLabel('Pick a known city').selectOption('Frankfurt');
  await expect(proxySite.getByLabel('Latitude')).toHaveValue('50.11');
  await page.goto('/plan/operations');
  const assessment = page.getByRole('region', { name: 'Latency and capacity, as planned' });
  await expect(assessment).toContainText('12 ms measured; the distance estimate is 11 ms to 22 ms');
  await expect(assessment).toContainText('from Europe (Ireland), Dublin to Frankfurt');
  await expect(assessment).toContainText('fits in the 250 ms KMS waits');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no issue on the explainer (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await seedExample(page, 'plan-with-mistakes');
    await page.goto('/explain/XKS_PROXY_NOT_REACHABLE');
    await expect(page.getByRole('list', { name: 'Findings of your plan' }).first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(results.violations).toEqual([]);
  });
}

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { buildTestChains } from '../src/testing/openssl-chains';
import { liveApp, savedPlan, seedExample } from './wizard-support';

// Real chains made with openssl for this run (the leaf names myproxy.xks.example.com).
const chains = buildTestChains();

const chainField = (page: Page) => page.getByRole('textbox', { name: 'Certificate chain (PEM)' });
const besideChain = (page: Page) => page.locator('[data-pointer="/tls/certificateChainPem"]');

test.beforeEach(async ({ page }) => {
  await seedExample(page, 'public-endpoint-ready');
  await page.goto('/plan/tls');
});

test('a pasted chain is summarised and gives the certificate in place of its fields', async ({
  page,
}) => {
  await chainField(page).fill(chains.good);
  const summary = page.getByRole('region', { name: 'Pasted certificate chain' });
  await expect(
    summary.getByRole('heading', { name: '1st certificate (presented to KMS)' }),
  ).toBeVisible();
  await expect(summary).toContainText('CN=myproxy.xks.example.com');
  await expect(summary).toContainText('yes: the signature verifies');
  await expect(summary).toContainText(
    'GTS Root R2 (gtsrootr2), its issuer is on AWS’s list (by name: the root’s key is not known here)',
  );
  await expect(summary).toContainText('RSA 2048-bit');
  await expect(page.getByText(/come from the first certificate of the pasted chain/)).toBeVisible();
  await expect(page.getByLabel('Subject common name (CN)')).toHaveCount(0);
  await expect(page.getByLabel('Valid until')).toHaveCount(0);
  // The chain does not say whether the server sends it: that stays asked.
  await expect(
    page.getByRole('group', { name: 'Sends the intermediate certificates' }),
  ).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.filter((each) => each.impact === 'serious' || each.impact === 'critical'),
  ).toEqual([]);
});

test('certificate values typed before the chain are shown as ignored, and can be removed', async ({
  page,
}) => {
  // The example types its certificate; the chain pasted over it names the same host, valid
  // until another date and chaining to another root.
  await chainField(page).fill(chains.good);
  const ignored = page.getByRole('list').filter({ hasText: 'Subject common name (CN):' });
  await expect(ignored).toContainText('Subject common name (CN): myproxy.xks.example.com');
  await expect(ignored).toContainText('Certificate valid until: 2027-09-30');
  await expect(ignored).toContainText('Root certificate authority: Amazon Root CA 1');
  await page.getByRole('button', { name: 'Remove the typed values' }).click();
  await expect(ignored).toHaveCount(0);
  await expect(
    page.getByRole('status').filter({ hasText: 'The typed values were removed' }),
  ).toBeVisible();
  await expect(page.getByText(/come from the first certificate of the pasted chain/)).toBeFocused();
  await expect(page.getByRole('button', { name: 'Remove the typed values' })).toHaveCount(0);
  await expect
    .poll(async () => (await savedPlan(page))?.tls?.certificate)
    .toEqual({ servesFullChain: true });
  // Without the chain, the fields are asked again, and the plan does not state them.
  await chainField(page).fill('');
  await expect(page.getByLabel('Subject common name (CN)')).toHaveValue('');
  await expect(page.getByLabel('Root certificate authority')).toHaveValue('');
});

test('a leaf for another host gets its finding beside the chain', async ({ page }) => {
  await chainField(page).fill(chains.wrongName);
  await expect(besideChain(page)).toContainText(
    'The certificate subject CN "other.example.com" does not match myproxy.xks.example.com',
  );
});

test('garbage text gets a clear message and survives a reload', async ({ page }) => {
  await chainField(page).fill('this is not a certificate');
  await expect(besideChain(page)).toContainText('the text is not PEM');
  await expect(page.getByText('Cannot read: the text is not PEM')).toBeVisible();
  await page.reload();
  await expect(chainField(page)).toHaveValue('this is not a certificate');
  await expect(besideChain(page)).toContainText('the text is not PEM');
});

/**
 * Holds back the chain analysis code until the returned function is called. The page is loaded
 * again: the TLS step loads that code as soon as it is idle, maybe before the hold began.
 */
async function holdChainAnalysis(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/analyse-certificate-chain-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.reload();
  return release;
}

test('no verdict is given while a pasted chain is still being analysed', async ({ page }) => {
  // Hold back the analysis: until it is made, only the typed certificate fields (which pass) can
  // be judged, and a verdict from them would be of another plan than the one pasted.
  const release = await holdChainAnalysis(page);
  await liveApp(page)
    .getByRole('textbox', { name: 'Certificate chain (PEM)' })
    .fill(chains.wrongName);
  await page
    .getByRole('navigation', { name: 'Plan steps' })
    .first()
    .getByRole('link', { name: /Review/ })
    .click();
  await expect(page.getByText('Checking the plan…')).toBeVisible();
  await expect(page.getByText(/^Ready/)).toHaveCount(0);
  release();
  await expect(page.getByText(/^Blocked: \d+ errors?$/)).toBeVisible();
});

test('the step says its chain is being checked, not that it has no findings, meanwhile', async ({
  page,
}) => {
  const release = await holdChainAnalysis(page);
  const summary = liveApp(page).locator('.step-summary');
  await expect(summary).toHaveText('No findings on this step.');
  await liveApp(page)
    .getByRole('textbox', { name: 'Certificate chain (PEM)' })
    .fill(chains.wrongName);
  await expect(summary).toHaveText('Checking the certificate chain…');
  release();
  await expect(summary).toHaveText(/^On this step: 1 error/);
});

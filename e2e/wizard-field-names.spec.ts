import { expect, test, type Page } from '@playwright/test';
import { liveApp, seedExample } from './wizard-support';

const sections = 'vpc|loadBalancer|endpointService|keyStore|tls|proxy|traffic|operations';
/**
 * A plan's own spelling of a place: a JSON Pointer into one of its sections, or a dotted path to a
 * camelCase key or a list (`vpc.connectionToProxy`, `vpc.subnets`), but not a host name.
 */
const internalPath = new RegExp(
  `(?<![\\w.-])/(?:${sections})/[a-zA-Z]|(?<![\\w.-])(?:${sections})\\.(?:[a-z]+[A-Z]\\w*|subnets|instances|location|listener|mtls)\\b`,
);

/** The internal paths the page shows, each with a few words around it. */
async function internalPathsShown(page: Page): Promise<string[]> {
  const text = await page.getByRole('main').innerText();
  return [...text.matchAll(new RegExp(internalPath, 'g'))].map((match) =>
    text.slice(Math.max(0, match.index - 40), match.index + 40),
  );
}

test('findings name fields as the wizard labels them, never by their path', async ({ page }) => {
  await seedExample(page, 'plan-with-mistakes');
  await page.goto('/plan/network');
  const field = page.locator('[data-pointer="/vpc/connectionToProxy"]');
  await expect(field).toContainText('vpc-reaches-proxy');
  await expect(field).toContainText(
    '“Network → How the VPC reaches the proxy” says there is no link',
  );
  await expect(page.getByText('Loading the checks…')).toHaveCount(0);
  expect(await internalPathsShown(page)).toEqual([]);

  await page.goto('/plan/review');
  await expect(page.getByText(/^Blocked: \d+ errors$/)).toBeVisible();
  expect(await internalPathsShown(page)).toEqual([]);
});

test('the review lists errors first and counts in words', async ({ page }) => {
  await seedExample(page, 'plan-with-mistakes');
  await page.goto('/plan/review');
  await expect(page.getByRole('heading', { name: /^Errors/ })).toBeVisible();
  const headings = await page.getByRole('heading', { level: 3 }).allInnerTexts();
  const order = ['Error', 'Not known yet', 'Warning', 'Note'].map((start) =>
    headings.findIndex((heading) => heading.startsWith(start)),
  );
  expect(order.filter((index) => index >= 0)).toEqual(
    [...order.filter((index) => index >= 0)].sort((a, b) => a - b),
  );
  expect(order[0]).toBe(0);
  await expect(page.locator('.severity-counts')).toContainText(/\d+ errors/);
});

test('a ready plan without warnings is not asked to review warnings', async ({ page }) => {
  await seedExample(page, 'public-endpoint-ready');
  await page.goto('/plan/review');
  const detail = page.locator('.verdict-detail');
  await expect(detail).toBeVisible();
  const warnings = await page.locator('.severity-counts').innerText();
  if (warnings.includes('no warnings')) await expect(detail).not.toContainText('warning');
  else await expect(detail).toContainText(/Review the (warning|\d+ warnings) before/);
});

/** Types a day that does not exist as the go-live date, and expects the schema's one message. */
async function typeDayThatDoesNotExist(page: Page) {
  const date = page.getByLabel('Go-live date');
  await date.fill('2027-02-30');
  await date.blur();
  const field = page.locator('[data-pointer="/operations/goLiveDate"]');
  await expect(field.locator('.field-error')).toHaveText(
    'There is no such day: write a date that exists, as YYYY-MM-DD (e.g. 2027-03-01)',
  );
  return { date, field };
}

test('a date that does not exist gets one message, with what to write', async ({ page }) => {
  await seedExample(page, 'public-endpoint-ready');
  await page.goto('/plan/operations');
  const { date, field } = await typeDayThatDoesNotExist(page);
  await expect(page.getByText('Loading the checks…')).toHaveCount(0);
  await expect(field.locator('.finding')).toHaveCount(0);
  await expect(field.locator('.unknown-note')).toHaveCount(0);
  await expect(field).not.toContainText('plan format');

  await date.fill('next spring');
  await expect(field.locator('.field-error')).toHaveText(
    'Write the date as YYYY-MM-DD, e.g. 2027-03-01',
  );
  await expect(field.locator('.finding')).toHaveCount(0);
});

test('a first visit loads zod only once the plan changes, and its messages are as before', async ({
  page,
}) => {
  const zodRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/plan-schema-[^/]*\.js$/.test(new URL(request.url()).pathname)) {
      zodRequests.push(request.url());
    }
  });
  // The steps preload one per idle moment, the export step last.
  const stepsPreloaded = page.waitForResponse(/\/assets\/export-step-[^/]*\.js$/);
  await page.goto('/plan/operations');
  await expect(liveApp(page)).toBeVisible();
  await stepsPreloaded;
  // The rule engine has judged the empty plan without zod.
  await expect(page.locator('.step-summary')).not.toHaveText('Loading the checks…');
  expect(zodRequests).toEqual([]);

  await typeDayThatDoesNotExist(page);
  await expect(page.locator('.step-summary')).not.toHaveText('Loading the checks…');
  expect(zodRequests).toHaveLength(1);
});

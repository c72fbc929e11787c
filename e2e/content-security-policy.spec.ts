import { expect, test, type Page } from '@playwright/test';
import { contentSecurityPolicyHeader } from '../src/app/content-security-policy';
import { mistakesExample, verdict } from './support';
import { seedExample } from './wizard-support';

/**
 * Every `securitypolicyviolation` event of every page load: a violation the page survives (e.g. a
 * library probing whether eval works) is still one, and fails the test.
 */
async function collectViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void })
        .reportCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI} at ${event.sourceFile}`);
    });
  });
  return violations;
}

test('works under a strict Content Security Policy and sends nothing elsewhere', async ({
  page,
  baseURL,
}) => {
  await page.route('/', async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': contentSecurityPolicyHeader },
    });
  });
  const violations = await collectViolations(page);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const foreignRequests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL!)) foreignRequests.push(request.url());
  });

  await page.goto('/check');
  await expect(verdict(page)).toContainText(
    'Ready: every deciding requirement is stated and passes',
  );
  await page.getByRole('radio', { name: mistakesExample.label }).check();
  await expect(verdict(page)).toContainText('Blocked');

  expect(problems).toEqual([]);
  expect(violations).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test('the built page carries its own policy, and the wizard works under it alone', async ({
  page,
  context,
}) => {
  const violations = await collectViolations(page);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seedExample(page, 'vpc-endpoint-service-ready');
  await page.goto('/plan/export');

  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  const directives = new Map(
    (meta ?? '').split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(meta).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval/);

  // Highlighting (shiki's JavaScript regex engine), share links and lazy chunks all run under it.
  await expect(
    page
      .getByRole('region', { name: 'Preview of main.tf', exact: true })
      .locator('code[data-highlighted]'),
  ).toContainText('aws_kms_custom_key_store');
  await page.getByRole('button', { name: 'Copy link to this plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  await page.goto(await page.evaluate(() => navigator.clipboard.readText()));
  await expect(page.getByRole('heading', { level: 2, name: 'Review' })).toBeVisible();
  await expect(
    page.getByText('Ready: every deciding requirement is stated and passes'),
  ).toBeVisible();

  expect(problems).toEqual([]);
  expect(violations).toEqual([]);
});

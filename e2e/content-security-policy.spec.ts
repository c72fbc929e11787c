import { expect, test } from '@playwright/test';
import { mistakesExample, verdict } from './support';

// What a strict host would send: no inline scripts or styles, nothing loaded from elsewhere.
const policy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

test('works under a strict Content Security Policy and sends nothing elsewhere', async ({
  page,
  baseURL,
}) => {
  await page.route('/', async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': policy },
    });
  });
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
  await expect(verdict(page)).toContainText('Ready: no blocking findings');
  await page.getByRole('radio', { name: mistakesExample.label }).check();
  await expect(verdict(page)).toContainText('Not ready');

  expect(problems).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

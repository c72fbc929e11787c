/**
 * The build renders each page into its HTML (src/app/prerender.tsx, scripts/lib/prerender-pages.ts):
 * its text is there before any script runs, and the app then renders the same page over it
 * without a visible change, in either colour scheme and at either width.
 */
import { expect, test, type Page } from '@playwright/test';
import { stepHeading } from './wizard-support';

/** Each page, and text it shows without JavaScript. */
const pages: readonly [path: string, text: string][] = [
  ['/', 'How do you want to start?'],
  ['/plan/network', 'Loading this step…'],
  ['/plan/review', 'Loading this step…'],
  ['/check', 'Loading the checker…'],
  ['/report', 'Loading the report…'],
  ['/explain', 'Loading the error codes…'],
  ['/explain/XKS_PROXY_TIMED_OUT', 'Loading the error codes…'],
];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [path, text] of pages) {
    test(`${path} shows the page shell and its content`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('link', { name: 'XKS Planner' })).toBeVisible();
      await expect(page.getByText(text)).toBeVisible();
      await expect(page.getByText('Checks run in your browser')).toBeVisible();
    });
  }

  test('a step shows its heading and the stepper', async ({ page }) => {
    await page.goto('/plan/network');
    await expect(stepHeading(page, 'Network')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Plan steps' })).toBeVisible();
  });
});

/** Fails the test on any console error (a hydration warning among them). */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const viewport of [
    { width: 412, height: 823 },
    { width: 1280, height: 800 },
  ]) {
    test(`the start page looks the same before and after the app takes over (${colorScheme}, ${viewport.width} px)`, async ({
      browser,
    }) => {
      const context = { colorScheme, viewport };
      // The pre-rendered page as it paints before its scripts arrive: they never do here (with
      // JavaScript off, the <noscript> line would show as well).
      const still = await browser.newContext(context);
      const before = await (async () => {
        const page = await still.newPage();
        await page.route('**/assets/*.js', (route) => route.abort());
        await page.goto('/');
        await page.evaluate(() => document.fonts.ready);
        return page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
      })();
      await still.close();

      const live = await browser.newContext(context);
      const page = await live.newPage();
      const problems = collectProblems(page);
      await page.goto('/');
      // The app names the page once it has rendered it.
      await expect(page).toHaveTitle('Start · XKS Planner');
      await page.evaluate(() => document.fonts.ready);
      const after = await page.screenshot({
        fullPage: true,
        animations: 'disabled',
        caret: 'hide',
      });
      await live.close();

      expect(after.equals(before), 'the rendered page differs from the pre-rendered one').toBe(
        true,
      );
      expect(problems).toEqual([]);
    });
  }
}

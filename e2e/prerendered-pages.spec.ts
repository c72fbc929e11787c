/**
 * The build renders each page into its HTML (src/app/prerender.tsx, scripts/lib/prerender-pages.ts),
 * with what the page loads on demand (a step, the report) and its styles: its text is there before
 * any script runs, and the app then renders the same page over it without a visible change, in
 * either colour scheme and at either width.
 */
import { expect, test, type Page } from '@playwright/test';
import { liveApp, seedExample, stepHeading } from './wizard-support';

/** Each page, and text it shows without JavaScript. */
const pages: readonly [path: string, text: string][] = [
  ['/', 'How do you want to start?'],
  ['/plan/network', 'What this step asks depends on how KMS reaches the proxy'],
  ['/plan/review', 'Checking the plan…'],
  ['/check', 'Choose an example plan or paste your own.'],
  ['/report', 'No plan yet'],
  ['/explain', 'What an external key store ConnectionErrorCode or exception means'],
  ['/explain/XKS_PROXY_TIMED_OUT', 'The proxy or the key manager cannot keep up with the requests'],
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

/** Pages whose look the app keeps when it takes over, and the title it gives each then. */
const unchangedPages: readonly [path: string, title: string][] = [
  ['/', 'Start · XKS Planner'],
  ['/report', 'Readiness report · XKS Planner'],
];

for (const [path, title] of unchangedPages) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const viewport of [
      { width: 412, height: 823 },
      { width: 1280, height: 800 },
    ]) {
      test(`${path} looks the same before and after the app takes over (${colorScheme}, ${viewport.width} px)`, async ({
        browser,
      }) => {
        const context = { colorScheme, viewport };
        // The pre-rendered page as it paints before its scripts arrive: they never do here (with
        // JavaScript off, the <noscript> line would show as well).
        const still = await browser.newContext(context);
        const before = await (async () => {
          const page = await still.newPage();
          await page.route('**/assets/*.js', (route) => route.abort());
          await page.goto(path);
          await page.evaluate(() => document.fonts.ready);
          return page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
        })();
        await still.close();

        const live = await browser.newContext(context);
        const page = await live.newPage();
        const problems = collectProblems(page);
        await page.goto(path);
        // The app names the page once it has rendered it.
        await expect(page).toHaveTitle(title);
        await expect(liveApp(page)).toBeAttached();
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
}

test('a browser holding a plan sees no first-visit content before its own plan', async ({
  page,
}) => {
  await seedExample(page, 'vpc-endpoint-service-ready');
  // The app's code does not arrive; the small entry script does, and sees the saved plan.
  await page.route('**/assets/start-app-*.js', (route) => route.abort());
  await page.goto('/plan/network');
  await expect(page.getByRole('link', { name: 'XKS Planner' })).toBeVisible();
  await expect(page.locator('main')).toBeHidden();
  await page.unroute('**/assets/start-app-*.js');
  await page.reload();
  await expect(liveApp(page).locator('#field-vpc-vpcId')).toHaveValue('vpc-0abc12de34f567890');
  await expect(page.locator('main')).toBeVisible();
});

test("the app's code is requested only once the pre-rendered page is on screen", async ({
  page,
}) => {
  // Requested meanwhile, it would hold back showing the page (src/lib/after-first-contentful-paint.ts).
  // The build before this waited for a drawn frame only: a third of its loads here requested the
  // code before the page was on screen, so three loads make a relapse likely to show.
  for (let load = 0; load < 3; load++) {
    await page.goto('/plan/network');
    await expect(liveApp(page)).toBeAttached();
    const { shown, requested } = await page.evaluate(() => ({
      shown: performance.getEntriesByName('first-contentful-paint', 'paint')[0]?.startTime,
      requested: performance
        .getEntriesByType('resource')
        .find((entry) => /\/assets\/start-app-[^/]*\.js$/.test(entry.name))?.startTime,
    }));
    expect(shown, 'the page reports its first contentful paint').toBeDefined();
    expect(requested, "the app's chunk was requested").toBeDefined();
    expect(requested!).toBeGreaterThanOrEqual(shown!);
  }
});

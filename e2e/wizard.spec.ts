import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import {
  expectSeededExampleShown,
  liveApp,
  savedPlan,
  seedExample,
  stepHeading,
  stepPaths,
  stepper,
  stepTitles,
} from './wizard-support';

test('opens on the start step with every step listed', async ({ page }) => {
  await page.goto('/');
  await expect(stepHeading(page, 'Start')).toBeVisible();
  const links = stepper(page).getByRole('link');
  await expect(links).toHaveCount(stepTitles.length);
  await expect(stepper(page).getByRole('link', { name: /Start/ })).toHaveAttribute(
    'aria-current',
    'step',
  );
});

test('each step has its own address; back, forward and reload land on the same step', async ({
  page,
}) => {
  await seedExample(page, 'public-endpoint-ready');
  await page.goto('/plan/connectivity');
  await page.getByRole('button', { name: /^Next: Key store basics/ }).click();
  await expect(page).toHaveURL(/\/plan\/basics$/);
  await expect(stepHeading(page, 'Key store basics')).toBeFocused();
  await stepper(page)
    .getByRole('link', { name: /Review/ })
    .click();
  await expect(page).toHaveURL(/\/plan\/review$/);
  await page.goBack();
  await expect(stepHeading(page, 'Key store basics')).toBeVisible();
  await page.goForward();
  await expect(stepHeading(page, 'Review')).toBeVisible();
  await page.reload();
  await expect(stepHeading(page, 'Review')).toBeVisible();
  await expect(page).toHaveTitle('Review · XKS Planner');
});

test('moving on before a step has loaded still lands on the next heading', async ({ page }) => {
  await seedExample(page, 'public-endpoint-ready');
  // Hold back the step's code so the user moves on while it is still loading. (The page first
  // opened waits for its own step's code before it can be used: it is pre-rendered with it.)
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/connectivity-step-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/plan/start');
  await liveApp(page)
    .getByRole('button', { name: /^Next: Connectivity/ })
    .click();
  await expect(page.getByText('Loading this step…')).toBeVisible();
  await page.getByRole('button', { name: /^Next: Key store basics/ }).click();
  await expect(stepHeading(page, 'Key store basics')).toBeFocused();
  release();
});

test('the review gives a verdict and each finding links to its field', async ({ page }) => {
  await seedExample(page, 'plan-with-mistakes');
  await page.goto('/plan/review');
  await expect(page.getByText(/^Blocked: \d+ errors$/)).toBeVisible();
  const errors = page.getByRole('region', { name: /^Errors/ });
  await expect(errors.getByText('vpc-endpoint-service-no-acceptance')).toBeVisible();
  const finding = errors
    .getByRole('listitem')
    .filter({ hasText: 'vpc-endpoint-service-no-acceptance' });
  // Fields are named as the wizard labels them, with their step.
  await finding.getByRole('button', { name: 'Acceptance required on “Network”' }).click();
  await expect(page).toHaveURL(/\/plan\/network$/);
  const focused = page.locator(':focus');
  await expect(focused).toBeVisible();
  await expect(page.locator('[data-pointer="/endpointService/acceptanceRequired"]')).toContainText(
    'vpc-endpoint-service-no-acceptance',
  );
});

test('a ready example reaches the review with no blocker', async ({ page }) => {
  await seedExample(page, 'vpc-endpoint-service-ready');
  await page.goto('/plan/review');
  await expect(
    page.getByText('Ready: every deciding requirement is stated and passes'),
  ).toBeVisible();
});

test('each field is a form of its own, and Enter in a field keeps the page and the plan', async ({
  page,
}) => {
  // Chrome's autofill reads every control of the form a keystroke lands in: one form for a whole
  // step cost each keystroke milliseconds per field on a large plan.
  await seedExample(page, 'plan-with-mistakes');
  await page.goto('/plan/operations');
  await expect(stepHeading(page, 'Operations')).toBeVisible();
  const forms = await liveApp(page)
    .locator('.wizard-step')
    .evaluate((step) =>
      [...step.querySelectorAll<HTMLInputElement>('input, select, textarea')].map((control) => {
        const field = control.closest('.field');
        const others = control.form
          ? [...control.form.elements].filter((element) => element.closest('.field') !== field)
          : [];
        return {
          id: control.id || control.name,
          inAForm: control.form !== null,
          others: others.length,
        };
      }),
    );
  expect(forms.length).toBeGreaterThan(10);
  for (const form of forms) expect(form, form.id).toEqual({ ...form, inAForm: true, others: 0 });

  const peak = liveApp(page).getByLabel('Expected peak requests per second', { exact: true });
  await peak.fill('1234');
  await peak.press('Enter');
  await expect(page).toHaveURL(/\/plan\/operations$/);
  await expect(peak).toHaveValue('1234');
  await expect.poll(async () => (await savedPlan(page))?.traffic?.peakRequestsPerSecond).toBe(1234);
});

test('the stepper shows each step’s state in words', async ({ page }) => {
  await seedExample(page, 'plan-with-mistakes');
  await page.goto('/plan/start');
  await expect(stepper(page).getByRole('link', { name: /Network.*\d+ errors?/ })).toBeVisible();
  await expect(
    stepper(page).getByRole('link', { name: /Operations.*\d+ (warnings?|errors?)/ }),
  ).toBeVisible();
});

// One kind of icon: the circle always holds the step's number; the state is words (with a mark
// hidden from assistive technology), in the wide list and in the narrow one alike.
for (const width of [1280, 360]) {
  test(`the stepper numbers every step and names its state in words (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await seedExample(page, 'plan-with-mistakes');
    await page.goto('/plan/network');
    if (width < 960) await stepper(page).locator('summary').click();
    const steps = stepper(page).locator('.stepper-step');
    await expect(steps).toHaveCount(stepTitles.length);
    const stateWords = /(not started|\d+ errors?|\d+ warnings?|not stated yet \(\d+\)|done)$/;
    for (const [index, title] of stepTitles.entries()) {
      const step = steps.nth(index);
      await expect(step.locator('.stepper-mark')).toHaveText(String(index + 1));
      const link = step.getByRole('link');
      if (['Start', 'Review', 'Export'].includes(title)) {
        await expect(link).toHaveAccessibleName(title);
      } else {
        await expect(link).toHaveAccessibleName(new RegExp(`^${title} ${stateWords.source}`));
      }
    }
  });
}

test('a second tab does not silently overwrite the first tab’s plan', async ({ context }) => {
  const first = await context.newPage();
  await seedExample(first, 'public-endpoint-ready');
  await first.goto('/plan/basics');
  await expectSeededExampleShown(first, 'public-endpoint-ready');
  const second = await context.newPage();
  await second.goto('/plan/basics');
  await expect(stepHeading(second, 'Key store basics')).toBeVisible();
  // The second tab starts over; the first must notice instead of overwriting it on its next change.
  await second.getByRole('button', { name: 'Start over' }).click();
  await second.getByRole('button', { name: 'Discard and start over' }).click();
  await expect(first.getByRole('alert')).toContainText('This plan was changed in another tab');
  await first.getByRole('button', { name: /Keep this tab’s plan/ }).click();
  await expect(first.getByRole('alert')).toHaveCount(0);
  await second.reload();
  await second.goto('/plan/review');
  await expect(
    second.getByText('Ready: every deciding requirement is stated and passes'),
  ).toBeVisible();
});

test('start over asks before it discards the plan', async ({ page }) => {
  await seedExample(page, 'public-endpoint-ready');
  await page.goto('/plan/review');
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Keep my plan' }).click();
  await expect(
    page.getByText('Ready: every deciding requirement is stated and passes'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Discard and start over' }).click();
  await expect(stepHeading(page, 'Start')).toBeVisible();
  await page.goto('/plan/review');
  // An empty plan says nothing, so it is not ready: the review says what is not known yet.
  await expect(page.getByText(/^Incomplete: \d+ requirements? not known yet$/)).toBeVisible();
});

for (const example of [
  'plan-with-mistakes',
  'vpc-endpoint-service-ready',
  'public-endpoint-ready',
]) {
  for (const scheme of ['light', 'dark'] as const) {
    // One test per step: a full axe analysis of a long step takes tens of seconds on a busy
    // machine, and nine in one test overran its time.
    for (const path of stepPaths) {
      test(`axe finds no serious problem on ${path}: ${example}, ${scheme}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await seedExample(page, example);
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
        await expect(page.getByText('Loading the checks…')).toHaveCount(0);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        const serious = results.violations.filter((violation) =>
          ['serious', 'critical'].includes(violation.impact ?? ''),
        );
        expect(serious.map((violation) => `${violation.id} ${violation.nodes[0]?.target}`)).toEqual(
          [],
        );
      });
    }
  }
}

/** Every page of the planner, with the mistakes example (the longest texts) in the browser. */
const everyRoute = [
  ...stepPaths,
  '/check',
  '/report',
  '/explain',
  '/explain/XKS_PROXY_TIMED_OUT',
  '/explain/XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION',
  '/no-such-page',
];

test('no page scrolls sideways at 360 px', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 800 });
  for (const example of ['plan-with-mistakes', 'vpc-cross-account']) {
    await seedExample(page, example);
    for (const path of everyRoute) {
      await page.goto(path);
      // The report is built after the page loads; on a busy machine that takes a while.
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible({
        timeout: 30_000,
      });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${example} ${path}`).toBe(0);
    }
  }
  // The report's full detail has the widest tables.
  await page.goto('/report');
  await page.getByRole('checkbox', { name: /full detail/i }).check();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, '/report in full detail').toBe(0);
});

test('on a narrow screen the stepper is one line that opens to jump to a step', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await seedExample(page, 'plan-with-mistakes');
  await page.goto('/plan/network');
  const line = stepper(page).locator('summary');
  await expect(line).toHaveText(/^Step 4 of 10: Network — \d+ errors?$/);
  // Closed, the list of steps takes no room and no link is reachable.
  await expect(stepper(page).getByRole('link')).toHaveCount(0);
  const box = await stepper(page).boundingBox();
  expect(box!.height).toBeLessThan(80);
  await line.click();
  await stepper(page).getByRole('link', { name: /^Keys/ }).click();
  await expect(stepHeading(page, 'Keys')).toBeFocused();
  await expect(stepper(page).locator('summary')).toHaveText(/^Step 7 of 10: Keys/);
  await expect(stepper(page).getByRole('link')).toHaveCount(0);
});

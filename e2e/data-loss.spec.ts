/**
 * Journeys that once lost what the user wrote (issue 13): a reload, the browser's back and
 * forward, a bad import after work, and a tab closed while a conflict with another tab stops it
 * saving. The share-link journeys (two links in a row, "keep my plan" twice) are in
 * share-links.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { readExample } from './support';
import {
  expectSeededExampleShown,
  liveApp,
  planStorageKey,
  savedPlan,
  seedExample,
  stepHeading,
  stepper,
} from './wizard-support';

async function savedTitle(page: Page): Promise<unknown> {
  const text = await page.evaluate((key) => window.localStorage.getItem(key), planStorageKey);
  return (JSON.parse(text ?? 'null') as { plan: { title?: string } } | null)?.plan.title;
}

const planName = (page: Page) => page.getByLabel('Plan name', { exact: true });

/** Chooses a JSON file with the start step's file picker, in the live app (see liveApp). */
async function importFile(page: Page, name: string, value: unknown): Promise<void> {
  await liveApp(page)
    .getByLabel('Plan file or proxy configuration file', { exact: true })
    .setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(value)),
    });
}

/** The title of the example plan the tests seed. */
const exampleTitle = readExample('public-endpoint-ready').title as string;

/** Closes the page as a user closing the tab does, answering "stay": the kind of dialog shown. */
async function closingAsks(page: Page): Promise<string> {
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.dismiss();
    }),
  );
  await page.close({ runBeforeUnload: true });
  return asked;
}

test('what was typed survives a reload and the browser’s back and forward', async ({ page }) => {
  await seedExample(page, 'public-endpoint-ready');
  await page.goto('/plan/basics');
  await planName(page).fill('P0-my-own-work');
  await expect.poll(() => savedTitle(page)).toBe('P0-my-own-work');
  await page.reload();
  await expect(planName(page)).toHaveValue('P0-my-own-work');
  await stepper(page)
    .getByRole('link', { name: /Review/ })
    .click();
  await expect(stepHeading(page, 'Review')).toBeVisible();
  await page.goBack();
  await expect(planName(page)).toHaveValue('P0-my-own-work');
  await page.goForward();
  await expect(stepHeading(page, 'Review')).toBeVisible();
  await page.goBack();
  await planName(page).fill('P0-my-own-work, edited after going back');
  await expect.poll(() => savedTitle(page)).toBe('P0-my-own-work, edited after going back');
});

/**
 * Types `title` into the plan name and then, in the same task (no frame paints in between), fires
 * `leave`: the saved plan's title just before `leave`, and just after it.
 */
function typeThenLeave(page: Page, title: string, leave: 'pagehide' | 'pointerdown') {
  return page.evaluate(
    async ({ key, title, leave }) => {
      const input = document.querySelector<HTMLInputElement>('input[name="title"]')!;
      // As typing does: React hears a value set through the element's own setter.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, title);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const savedTitle = () =>
        (
          JSON.parse(window.localStorage.getItem(key) ?? 'null') as {
            plan: { title?: string };
          } | null
        )?.plan.title;
      await Promise.resolve();
      const held = savedTitle();
      if (leave === 'pagehide') window.dispatchEvent(new PageTransitionEvent('pagehide'));
      else input.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      await Promise.resolve();
      return { held, saved: savedTitle() };
    },
    { key: planStorageKey, title, leave },
  );
}

test('what was typed is kept when the page is left, or clicked, before its paint', async ({
  page,
}) => {
  await seedExample(page, 'public-endpoint-ready');
  await page.goto('/plan/basics');
  await expect(planName(page)).toHaveValue(exampleTitle);
  // The form hears a keystroke only after its paint (held), so leaving or clicking must make it
  // hear it first.
  expect(await typeThenLeave(page, 'P0-typed-then-pagehide', 'pagehide')).toEqual({
    held: exampleTitle,
    saved: 'P0-typed-then-pagehide',
  });
  expect(await typeThenLeave(page, 'P0-typed-then-pointerdown', 'pointerdown')).toEqual({
    held: 'P0-typed-then-pagehide',
    saved: 'P0-typed-then-pointerdown',
  });
});

test('a new plan typed and left at once is kept, before the plan parser has loaded', async ({
  page,
}) => {
  await page.goto('/plan/basics');
  await expect(liveApp(page).getByLabel('Plan name', { exact: true })).toBeEditable();
  // Nothing stored: saving needs no parser, so none has loaded (a first visit does not need one).
  const parserLoaded = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .some((entry) => entry.name.includes('plan-parser-module')),
  );
  expect(parserLoaded).toBe(false);
  expect(await typeThenLeave(page, 'P0-new-plan-typed-then-left', 'pagehide')).toEqual({
    held: undefined,
    saved: 'P0-new-plan-typed-then-left',
  });
  await page.reload();
  await expect(planName(page)).toHaveValue('P0-new-plan-typed-then-left');
});

test('a bad import after work changes nothing', async ({ page }) => {
  await seedExample(page, 'public-endpoint-ready');
  await page.goto('/plan/basics');
  await planName(page).fill('P0-my-own-work');
  await expect.poll(() => savedTitle(page)).toBe('P0-my-own-work');
  await stepper(page).getByRole('link', { name: /Start/ }).click();
  for (const [name, text] of [
    ['broken.json', '{"version":1,"title":"cut sh'],
    ['deep.json', `{"version":1,"keyStore":${'['.repeat(20_000)}${']'.repeat(20_000)}}`],
    ['proto.json', '{"version":1,"keyStore":{"__proto__":{"CustomKeyStoreName":"x"}}}'],
  ]) {
    await liveApp(page)
      .getByLabel('Plan file or proxy configuration file', { exact: true })
      .setInputFiles({ name: name!, mimeType: 'application/json', buffer: Buffer.from(text!) });
    await expect(page.getByRole('alert').filter({ hasText: 'cannot be imported' })).toContainText(
      `“${name}” cannot be imported; nothing was changed`,
    );
    expect(await savedTitle(page)).toBe('P0-my-own-work');
  }
  await stepper(page)
    .getByRole('link', { name: /Key store basics/ })
    .click();
  await expect(planName(page)).toHaveValue('P0-my-own-work');
});

test('a tab that stopped saving after a conflict asks before it closes', async ({ context }) => {
  const first = await context.newPage();
  await seedExample(first, 'public-endpoint-ready');
  await first.goto('/plan/basics');
  await expectSeededExampleShown(first, 'public-endpoint-ready');
  const second = await context.newPage();
  await second.goto('/plan/basics');
  await second.getByRole('button', { name: 'Start over' }).click();
  await second.getByRole('button', { name: 'Discard and start over' }).click();
  await expect(first.getByRole('alert')).toContainText('This plan was changed in another tab');
  // Typed while saving stops: it lives only in this tab.
  await first.bringToFront();
  await planName(first).fill('P0-typed-during-the-conflict');

  expect(await closingAsks(first)).toBe('beforeunload');
  // Dismissed: the tab stays, with what was typed, and can still keep its plan.
  expect(first.isClosed()).toBe(false);
  await expect(planName(first)).toHaveValue('P0-typed-during-the-conflict');
  await first.getByRole('button', { name: /Keep this tab’s plan/ }).click();
  await expect.poll(() => savedTitle(second)).toBe('P0-typed-during-the-conflict');
  // Saved again: closing no longer asks.
  let askedAgain = false;
  first.on('dialog', (dialog) => {
    askedAgain = true;
    void dialog.accept();
  });
  await first.close({ runBeforeUnload: true });
  await expect.poll(() => first.isClosed()).toBe(true);
  expect(askedAgain).toBe(false);
});

test('a plan another tab saved while this tab was starting shows the conflict at once', async ({
  page,
}) => {
  await seedExample(page, 'public-endpoint-ready');
  // Another tab saves after this page read the stored plan and before it listens for changes:
  // written by the page itself just before its storage listener is added, so no event comes.
  await page.addInitScript((key) => {
    const listen = window.addEventListener.bind(window);
    window.addEventListener = (...args: Parameters<typeof listen>) => {
      if (args[0] === 'storage' && !('savedByAnotherTab' in window)) {
        Object.assign(window, { savedByAnotherTab: true });
        const stored = JSON.parse(window.localStorage.getItem(key)!) as {
          revision: number;
          plan: Record<string, unknown>;
        };
        const theirs = {
          revision: stored.revision + 1,
          tabId: 'another-tab',
          savedAt: new Date().toISOString(),
          plan: { ...stored.plan, title: 'P0-saved-while-this-tab-started' },
        };
        window.localStorage.setItem(key, JSON.stringify(theirs));
      }
      listen(...args);
    };
  }, planStorageKey);
  await page.goto('/plan/basics');
  await expect(page.getByRole('alert')).toContainText('This plan was changed in another tab');
  await expect(planName(page)).toHaveValue(exampleTitle);
  await page.getByRole('button', { name: /Load the other tab’s plan/ }).click();
  await expect(planName(page)).toHaveValue('P0-saved-while-this-tab-started');
});

test('a secret held only in memory makes the page ask before it is left', async ({ page }) => {
  await page.goto('/plan/start');
  await importFile(page, 'proxy-configuration.json', {
    XksProxyUriPath: '/vendor/kms/xks/v1',
    XksProxyAuthenticationCredential: {
      AccessKeyId: 'VENDORACCESSKEYID123',
      RawSecretAccessKey: 'c2VjcmV0LW9ubHktaW4tbWVtb3J5LWFza3MtYmVmb3JlLWxlYXZpbmc',
    },
  });
  await expect(page.getByRole('status').filter({ hasText: 'filled in' })).toContainText(
    'the secret access key',
  );
  expect(await closingAsks(page)).toBe('beforeunload');
  expect(page.isClosed()).toBe(false);
  await page.close(); // without asking, as the test's end would
});

test('an emptied field stays empty when its step opens again, in a loaded or imported plan', async ({
  page,
}) => {
  const steps = page.getByRole('navigation', { name: 'Plan steps' }).first();
  const commonName = () => liveApp(page).getByLabel('Subject common name (CN)', { exact: true });
  const keyAlgorithm = () => liveApp(page).getByLabel('Public key algorithm', { exact: true });
  /** Empties two fields of the TLS step, opens another step and the TLS step again. */
  async function emptyAndReturn() {
    await steps.getByRole('link', { name: /TLS certificate/ }).click();
    await commonName().fill('');
    await keyAlgorithm().selectOption('');
    await steps.getByRole('link', { name: /Key store basics/ }).click();
    await expect(stepHeading(page, 'Key store basics')).toBeVisible();
    await steps.getByRole('link', { name: /TLS certificate/ }).click();
    await expect(commonName()).toHaveValue('');
    await expect(keyAlgorithm()).toHaveValue('');
    // A change elsewhere saves the whole plan: what was emptied stays out of it.
    await liveApp(page)
      .getByLabel('Root certificate authority', { exact: true })
      .fill('ISRG Root X1');
    await expect
      .poll(async () => (await savedPlan(page))?.tls?.certificate)
      .toEqual(expect.objectContaining({ rootCa: 'ISRG Root X1' }));
    const certificate = (await savedPlan(page))?.tls?.certificate;
    expect(certificate).not.toHaveProperty('subjectCommonName');
    expect(certificate).not.toHaveProperty('keyAlgorithm');
  }

  // The plan the page loaded with.
  await seedExample(page, 'public-endpoint-ready');
  await page.goto('/plan/basics');
  await expectSeededExampleShown(page, 'public-endpoint-ready');
  await emptyAndReturn();

  // A plan imported over it.
  await page.goto('/plan/start');
  await importFile(page, 'ready.json', readExample('public-endpoint-ready'));
  await page.getByRole('button', { name: 'Replace my plan' }).click();
  await expect(stepHeading(page, 'Connectivity')).toBeVisible();
  await emptyAndReturn();
});

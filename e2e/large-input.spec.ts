/**
 * A large document (4.7 MB with 49,000 unknown fields: about 2 s to parse and check) is read in a
 * Web Worker, both when pasted on /check and when dropped on the start step, so that the page
 * keeps answering meanwhile (issue 13: the tab froze for up to 59 s). The document is made in the
 * page, and the page's longest task from the paste or drop on is printed, not asserted: timings
 * belong to `npm run bench`.
 */
import { expect, test, type Page } from '@playwright/test';
import { editor, verdict } from './support';
import { liveApp, planStorageKey, seedExample } from './wizard-support';

/**
 * Makes the large document in the page, starts recording the page's long tasks, and hands the
 * document to `deliver` (a paste or a drop) at once.
 */
async function deliverLargeDocument(page: Page, how: 'paste' | 'drop') {
  // Into the live app: the pre-rendered page is inert until the app takes over.
  await liveApp(page).waitFor({ state: 'attached' });
  await page.evaluate((how) => {
    const text = JSON.stringify({
      version: 1,
      keyStore: Object.fromEntries(
        Array.from({ length: 49_000 }, (_, index) => [`field${index}`, 'x'.repeat(80)]),
      ),
    });
    const durations: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = durations;
    const from = performance.now();
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.startTime >= from) durations.push(entry.duration);
      }
    }).observe({ type: 'longtask' });
    const data = new DataTransfer();
    if (how === 'paste') {
      data.setData('text/plain', text);
      document.activeElement!.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    } else {
      data.items.add(new File([text], 'large.json', { type: 'application/json' }));
      const card = document.querySelector('.file-import')!;
      card.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true }));
      card.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true }));
    }
  }, how);
}

async function reportLongestTask(page: Page, what: string) {
  const longest = await page.evaluate(() =>
    Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks),
  );
  test.info().annotations.push({ type: 'longest task', description: `${what}: ${longest} ms` });
  console.log(`${what}: the page's longest task took ${Math.round(longest)} ms`);
}

test('a large pasted document is checked in a worker, without being laid out', async ({ page }) => {
  await page.goto('/check');
  await expect(verdict(page)).toContainText('Ready');
  const workerStarted = page.waitForEvent('worker');
  // The browser's own text box would take tens of seconds to lay out 4.7 MB, so the editor
  // checks a pasted document that large without showing it.
  await editor(page).focus();
  await deliverLargeDocument(page, 'paste');
  await expect(page.getByText(/A pasted document of 4\.\d MB is checked/)).toBeVisible();
  await workerStarted;
  await expect(verdict(page)).toContainText('Blocked', { timeout: 30_000 });
  await expect(
    page.getByText('the plan format has no field', { exact: false }).first(),
  ).toBeVisible();
  await reportLongestTask(page, 'checking 4.7 MB on /check');
  await page.getByRole('button', { name: 'Clear the pasted document' }).click();
  await expect(editor(page)).toHaveValue('');
});

test('a large dropped file is read in a worker and refused with its problems, changing nothing', async ({
  page,
}) => {
  await seedExample(page, 'public-endpoint-ready');
  await page.goto('/plan/start');
  const before = await page.evaluate((key) => localStorage.getItem(key), planStorageKey);
  const workerStarted = page.waitForEvent('worker');
  await deliverLargeDocument(page, 'drop');
  await workerStarted;
  await expect(page.getByRole('alert').filter({ hasText: 'cannot be imported' })).toContainText(
    '“large.json” cannot be imported; nothing was changed',
    { timeout: 30_000 },
  );
  expect(await page.evaluate((key) => localStorage.getItem(key), planStorageKey)).toBe(before);
  await reportLongestTask(page, 'importing 4.7 MB');
});

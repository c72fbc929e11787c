import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { editor, mistakesExample, verdict } from './support';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The page in each state that shows different parts: ready, with findings, unusable. */
const states: readonly { name: string; show: (page: Page) => Promise<void> }[] = [
  {
    name: 'ready example',
    show: async (page) => {
      await expect(verdict(page)).toContainText('Ready');
    },
  },
  {
    name: 'mistakes example',
    show: async (page) => {
      await page.getByRole('radio', { name: mistakesExample.label }).check();
      await expect(verdict(page)).toContainText('Blocked');
    },
  },
  {
    name: 'broken JSON',
    show: async (page) => {
      await editor(page).fill('{ "version": 1,');
      await expect(verdict(page)).toContainText('This text cannot be checked');
    },
  },
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    for (const state of states) {
      test(`axe finds no serious or critical violation: ${state.name}`, async ({ page }) => {
        await page.goto('/check');
        await state.show(page);
        const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
        const blocking = violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target) }));
        expect(blocking).toEqual([]);
      });
    }
  });
}

test('the dark colour scheme really changes the colours', async ({ browser }) => {
  const backgrounds: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ colorScheme });
    await page.goto('/check');
    backgrounds.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    await page.close();
  }
  expect(backgrounds[0]).not.toBe(backgrounds[1]);
});

test.describe('360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const state of states) {
    test(`no horizontal scrolling: ${state.name}`, async ({ page }) => {
      await page.goto('/check');
      await state.show(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
    });
  }
});

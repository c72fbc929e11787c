/**
 * The wizard's form states only what the user types and what AWS fixes. What react-hook-form adds
 * as it registers fields must not read as an answer: an empty list is one ("none"), and once
 * made `existingKeyStores: []` from nothing, which let a plan that never listed the account's
 * key stores read as ready.
 */
import { expect, test } from '@playwright/test';
import { derivationOf } from '../src/domain/plan/derivations';
import { planStepTitles } from '../src/domain/plan/plan-fields';
import type { Plan } from '../src/domain/plan/plan-schema';
import { liveApp, savedPlan, seedPlan, stepHeading } from './wizard-support';

/** Every JSON Pointer of `value` that holds a value (not an object or array), and its empty lists. */
function statements(value: unknown, pointer = ''): { leaves: string[]; emptyLists: string[] } {
  if (Array.isArray(value) && value.length === 0) return { leaves: [], emptyLists: [pointer] };
  if (value === null || typeof value !== 'object') return { leaves: [pointer], emptyLists: [] };
  const parts = Object.entries(value).map(([key, inner]) => statements(inner, `${pointer}/${key}`));
  return {
    leaves: parts.flatMap((part) => part.leaves),
    emptyLists: parts.flatMap((part) => part.emptyLists),
  };
}

/** Whether the value at `pointer` (or at a list holding it) is one the wizard derives or AWS fixes. */
const isDerived = (pointer: string) =>
  derivationOf(pointer) !== undefined || derivationOf(pointer.replace(/\/\d+$/, '')) !== undefined;

// Every step that asks, but Connectivity (its choice is the seed's).
const stepsWithTextFields = Object.entries(planStepTitles).filter(
  ([step]) => step !== 'connectivity',
);

for (const connectivity of ['PUBLIC_ENDPOINT', 'VPC_ENDPOINT_SERVICE'] as const) {
  test(`typing on each step states only what was typed and what is derived: ${connectivity}`, async ({
    page,
  }) => {
    const seed: Plan = { version: 1, keyStore: { XksProxyConnectivity: connectivity } };
    await seedPlan(page, seed);
    const typed: string[] = [];
    // A field of lines holds a list: what is typed into it is stated at its items.
    const isTyped = (pointer: string) =>
      typed.some((field) => pointer === field || pointer.startsWith(`${field}/`));
    for (const [step, title] of stepsWithTextFields) {
      await page.goto(`/plan/${step}`);
      await expect(liveApp(page)).toBeVisible();
      await expect(stepHeading(page, title)).toBeVisible();
      const textBoxes = liveApp(page).getByRole('textbox');
      // Keys has none until a key is added.
      if ((await textBoxes.count()) === 0)
        await page.getByRole('button', { name: 'Add key' }).click();
      const field = textBoxes.first();
      await field.fill('typed');
      typed.push(
        (await field.evaluate((input) =>
          input.closest('[data-pointer]')?.getAttribute('data-pointer'),
        )) ?? '',
      );
      await expect
        .poll(async () => statements(await savedPlan(page)).leaves.some(isTyped))
        .toBe(true);
    }
    const saved = statements(await savedPlan(page));
    expect(saved.emptyLists).toEqual([]);
    const seeded = statements(seed).leaves;
    const unexplained = saved.leaves.filter(
      (pointer) => !seeded.includes(pointer) && !isTyped(pointer) && !isDerived(pointer),
    );
    expect(unexplained).toEqual([]);
  });
}

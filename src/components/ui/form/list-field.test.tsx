// @vitest-environment jsdom
/**
 * The form kit's list: a list the plan does not state stays unstated while the form is used (an
 * empty list is a statement, "none"), until the user adds an item or removes the last one.
 */
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPlan } from '@/domain/check/check-document';
import { testNow } from '@/domain/engine/rule-tester';
import { findExample } from '@/domain/plan/examples';
import type { Plan } from '@/domain/plan/plan-schema';
import { TextField } from './fields';
import { ListField } from './list-field';
import { renderField } from './testing/render-field';

afterEach(cleanup);

const unlisted: Plan = { ...findExample('public-endpoint-ready')!.document };
delete unlisted.existingKeyStores;

const storesList = (
  <ListField
    name="existingKeyStores"
    legend="Existing key stores"
    emptyText="No existing key stores listed."
    itemLegend={(index) => `Existing key store ${index + 1}`}
    addLabel="Add existing key store"
    removeLabel={(index) => `Remove existing key store ${index + 1}`}
  >
    {(store) => <TextField name={`${store}.CustomKeyStoreName`} label="Name" />}
  </ListField>
);

const unknownRules = (plan: Plan) =>
  checkPlan(plan, { now: testNow }).unknowns.map((unknown) => unknown.ruleId);

describe('ListField', () => {
  it('leaves a list the plan does not state out of the form, so its rules stay unknown', () => {
    expect(unknownRules(unlisted)).toContain('custom-key-store-quota');
    const { form } = renderField(unlisted, storesList);
    expect(screen.getByText('No existing key stores listed.')).toBeTruthy();
    const values = form().getValues();
    expect(values).not.toHaveProperty('existingKeyStores');
    expect(unknownRules(values)).toContain('custom-key-store-quota');
  });

  it('states the list with its first item, focused, and keeps it stated when emptied', async () => {
    const user = userEvent.setup();
    const { form } = renderField(unlisted, storesList);
    await user.click(screen.getByRole('button', { name: 'Add existing key store' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(document.activeElement).toBe(name);
    await user.type(name, 'store-a');
    await user.tab();
    expect(form().getValues().existingKeyStores).toEqual([{ CustomKeyStoreName: 'store-a' }]);

    await user.click(screen.getByRole('button', { name: 'Remove existing key store 1' }));
    expect(form().getValues().existingKeyStores).toEqual([]);
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Add existing key store' }),
    );
  });
});

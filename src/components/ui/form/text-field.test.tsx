// @vitest-environment jsdom
/**
 * The form kit's text field as every wizard step uses it: the engine's findings and unknowns for
 * its place shown beside it and tied to the input for assistive technology, and an emptied field
 * taken as "not stated", never as an empty answer.
 */
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPlan } from '@/domain/check/check-document';
import { testNow } from '@/domain/engine/rule-tester';
import { findExample } from '@/domain/plan/examples';
import { withPlan } from '@/domain/plan/with-plan';
import { TextField } from './fields';
import { renderField } from './testing/render-field';

const ready = findExample('public-endpoint-ready')!.document;

afterEach(cleanup);

/** The text of the elements that describe `element` (aria-describedby), in order. */
function description(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? `(no #${id})`).join(' | ');
}

describe('TextField', () => {
  it("shows the engine's error for its place beside it, describes the input with it and marks it invalid", () => {
    renderField(
      withPlan(ready, { keyStore: { CustomKeyStoreName: 'x'.repeat(300) } }),
      <TextField name="keyStore.CustomKeyStoreName" hint="Unique in the account and Region." />,
    );
    const input = screen.getByRole('textbox', { name: 'Key store name' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const findings = screen.getByRole('list', { name: 'Findings for Key store name' });
    expect(findings.textContent).toMatch(/256/);
    expect(description(input)).toContain('Unique in the account and Region.');
    expect(description(input)).toContain(findings.textContent!);
  });

  it('shows nothing and is valid when its place has no finding, whatever the findings elsewhere', () => {
    renderField(
      withPlan(ready, { keyStore: { XksProxyUriPath: 'no-slash' } }),
      <TextField name="keyStore.CustomKeyStoreName" />,
    );
    const input = screen.getByRole('textbox', { name: 'Key store name' });
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(input.getAttribute('aria-describedby')).toBeNull();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('says "not stated yet" for a place a rule needs, without marking the input invalid', () => {
    renderField(
      withPlan(ready, { traffic: { peakRequestsPerSecond: undefined } }),
      <TextField name="traffic.peakRequestsPerSecond" label="Peak requests per second" />,
    );
    const input = screen.getByRole('textbox', { name: 'Peak requests per second' });
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(description(input)).toContain('Not stated yet — needed for “The proxy and key manager');
  });

  it('follows a new check: the finding goes once the engine no longer reports it', () => {
    const broken = withPlan(ready, { keyStore: { CustomKeyStoreName: 'x'.repeat(300) } });
    const { store } = renderField(broken, <TextField name="keyStore.CustomKeyStoreName" />);
    expect(screen.getByRole('list', { name: 'Findings for Key store name' })).toBeTruthy();
    const { findings, unknowns } = checkPlan(ready, { now: testNow, fieldNames: 'labels' });
    act(() => store.show(findings, unknowns));
    expect(screen.queryByRole('list', { name: 'Findings for Key store name' })).toBeNull();
    expect(
      screen.getByRole('textbox', { name: 'Key store name' }).getAttribute('aria-invalid'),
    ).toBe('false');
  });

  it('keeps what is typed, and takes an emptied field as not stated (no value), not as ""', async () => {
    const { form } = renderField(ready, <TextField name="title" label="Plan name" />);
    const input = screen.getByRole('textbox', { name: 'Plan name' });
    const user = userEvent.setup();
    await user.clear(input);
    await user.type(input, 'Payments');
    await waitFor(() => expect(form().getValues('title')).toBe('Payments'));
    await user.clear(input);
    await waitFor(() => expect(form().getValues('title')).toBeUndefined());
  });
});

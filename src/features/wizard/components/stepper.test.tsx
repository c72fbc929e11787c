// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPlan } from '@/domain/check/check-document';
import { testNow } from '@/domain/engine/rule-tester';
import { findExample } from '@/domain/plan/examples';
import { stepStatuses } from '../step-status';
import { Stepper } from './stepper';

afterEach(cleanup);

/** The stepper on `current`, with the states a real check of the example gives. */
function renderStepper(exampleId: string, current: 'network' | 'review') {
  const plan = findExample(exampleId)!.document;
  const { findings, unknowns } = checkPlan(plan, { now: testNow });
  const statuses = stepStatuses(plan, findings, unknowns);
  render(<Stepper current={current} statuses={statuses} />);
  const [wide] = screen.getAllByRole('navigation', { name: 'Plan steps' });
  return { statuses, wide: wide! };
}

describe('Stepper', () => {
  it('says in words what a check left unstated on a step, in the list and in the one-line form', () => {
    const { statuses, wide } = renderStepper('vpc-endpoint-service-draft', 'network');
    expect(statuses.network.kind).toBe('incomplete');
    const count = statuses.network.kind === 'incomplete' ? statuses.network.count : 0;
    const network = within(wide).getByRole('link', { name: /Network/ });
    expect(network.getAttribute('aria-current')).toBe('step');
    expect(network.textContent).toContain(`not stated yet (${count})`);
    expect(network.textContent).not.toContain('done');
    expect(screen.getByText(`Step 4 of 10: Network — not stated yet (${count})`)).toBeTruthy();
  });

  it('calls the steps of a ready plan done, and gives the steps without fields no state', () => {
    const { wide } = renderStepper('public-endpoint-ready', 'review');
    for (const title of ['Key store basics', 'TLS certificate', 'Keys']) {
      expect(within(wide).getByRole('link', { name: new RegExp(title) }).textContent).toMatch(
        /done$/,
      );
    }
    const review = within(wide).getByRole('link', { name: /Review/ });
    expect(review.getAttribute('aria-current')).toBe('step');
    expect(review.textContent).toBe('9Review');
  });
});

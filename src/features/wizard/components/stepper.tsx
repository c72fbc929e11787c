import { useEffect, useRef } from 'react';
import { counted } from '@/domain/check/verdict';
import type { StepId } from '../step-ids';
import type { StepStatus } from '../step-status';
import { wizardSteps } from '../steps';
import { StepLink } from './step-link';

/** A state in words, with its count: "2 errors", "not stated yet (3)", "done". */
function statusWords(status: StepStatus): string {
  switch (status.kind) {
    case 'untouched':
      return 'not started';
    case 'errors':
      return counted(status.count, 'error');
    case 'warnings':
      return counted(status.count, 'warning');
    case 'incomplete':
      return `not stated yet (${status.count})`;
    case 'done':
      return 'done';
    case 'none':
      return '';
  }
}

/** The state's mark beside its words (never colour alone); the circle always holds the number. */
const statusMark: Record<StepStatus['kind'], string> = {
  untouched: '○',
  errors: '✕',
  incomplete: '?',
  warnings: '!',
  done: '✓',
  none: '',
};

function StepList({
  current,
  statuses,
}: {
  readonly current: StepId;
  readonly statuses: Readonly<Record<StepId, StepStatus>>;
}) {
  return (
    <ol>
      {wizardSteps.map((step, index) => {
        const status = statuses[step.id];
        return (
          <li key={step.id} className={`stepper-step status-${status.kind}`}>
            <StepLink step={step.id} {...(step.id === current ? { 'aria-current': 'step' } : {})}>
              <span className="stepper-mark" aria-hidden="true">
                {index + 1}
              </span>
              <span className="stepper-title">{step.title}</span>
              {status.kind !== 'none' && (
                <span className="stepper-status">
                  <span aria-hidden="true">{statusMark[status.kind]} </span>
                  {statusWords(status)}
                </span>
              )}
            </StepLink>
          </li>
        );
      })}
    </ol>
  );
}

/**
 * Where the user is, and each step's state in words and a mark. Beside the step on wide screens;
 * on narrow ones one line ("Step 4 of 10: Network — 2 errors") that opens the list to jump.
 */
export function Stepper({
  current,
  statuses,
}: {
  readonly current: StepId;
  readonly statuses: Readonly<Record<StepId, StepStatus>>;
}) {
  const menu = useRef<HTMLDetailsElement>(null);
  // Following a link closes the menu, so the next step starts with one line again.
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [current]);
  const index = wizardSteps.findIndex((step) => step.id === current);
  const status = statuses[current];
  const words = statusWords(status);
  // Both forms are on the page and the stylesheet shows one (styles.css, .stepper-wide): the
  // page is the same at every width before its script runs (the build pre-renders it).
  return (
    <>
      <nav className="stepper stepper-wide" aria-label="Plan steps">
        <StepList current={current} statuses={statuses} />
      </nav>
      <nav className="stepper stepper-compact" aria-label="Plan steps">
        <details ref={menu}>
          <summary className={`status-${status.kind}`}>
            Step {index + 1} of {wizardSteps.length}: {wizardSteps[index]?.title}
            {words && ` — ${words}`}
          </summary>
          <StepList current={current} statuses={statuses} />
        </details>
      </nav>
    </>
  );
}

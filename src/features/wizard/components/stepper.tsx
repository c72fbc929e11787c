import type { StepId } from '../step-ids';
import type { StepStatus } from '../step-status';
import { wizardSteps } from '../steps';
import { StepLink } from './step-link';

const statusText: Record<StepStatus['kind'], string> = {
  untouched: 'not started',
  errors: 'has errors',
  incomplete: 'not stated yet',
  warnings: 'has warnings',
  done: 'done',
  none: '',
};

const statusMark: Record<StepStatus['kind'], string> = {
  untouched: '○',
  errors: '✕',
  incomplete: '?',
  warnings: '!',
  done: '✓',
  none: '',
};

/** Where the user is, and each step's state in words and a mark (never colour alone). */
export function Stepper({
  current,
  statuses,
}: {
  readonly current: StepId;
  readonly statuses: Readonly<Record<StepId, StepStatus>>;
}) {
  return (
    <nav className="stepper" aria-label="Plan steps">
      <ol>
        {wizardSteps.map((step, index) => {
          const status = statuses[step.id];
          const count = 'count' in status ? ` (${status.count})` : '';
          return (
            <li key={step.id} className={`stepper-step status-${status.kind}`}>
              <StepLink step={step.id} {...(step.id === current ? { 'aria-current': 'step' } : {})}>
                <span className="stepper-mark" aria-hidden="true">
                  {statusMark[status.kind] || index + 1}
                </span>
                <span className="stepper-title">{step.title}</span>
                {status.kind !== 'none' && (
                  <span className="stepper-status">
                    {statusText[status.kind]}
                    {count}
                  </span>
                )}
              </StepLink>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

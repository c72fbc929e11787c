import type { MouseEvent } from 'react';
import { navigate } from '@/lib/history';
import { stepPath, type StepId } from '../step-ids';
import type { StepStatus } from '../step-status';
import { wizardSteps } from '../steps';

const statusText: Record<StepStatus['kind'], string> = {
  untouched: 'not started',
  errors: 'has errors',
  warnings: 'has warnings',
  done: 'done',
  none: '',
};

const statusMark: Record<StepStatus['kind'], string> = {
  untouched: '○',
  errors: '✕',
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
  const go = (event: MouseEvent<HTMLAnchorElement>, id: StepId) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(stepPath(id));
  };
  return (
    <nav className="stepper" aria-label="Plan steps">
      <ol>
        {wizardSteps.map((step, index) => {
          const status = statuses[step.id];
          const count =
            status.kind === 'errors' || status.kind === 'warnings' ? ` (${status.count})` : '';
          return (
            <li key={step.id} className={`stepper-step status-${status.kind}`}>
              <a
                href={stepPath(step.id)}
                aria-current={step.id === current ? 'step' : undefined}
                onClick={(event) => go(event, step.id)}
              >
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
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

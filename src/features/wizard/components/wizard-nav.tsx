import { navigate } from '@/lib/history';
import { stepIds, stepPath, type StepId } from '../step-ids';
import { findStep } from '../steps';

/** Back and next, with where the user is. */
export function WizardNav({ current }: { readonly current: StepId }) {
  const index = stepIds.indexOf(current);
  const previous = stepIds[index - 1];
  const next = stepIds[index + 1];
  return (
    <div className="wizard-nav">
      {previous ? (
        <button type="button" className="button" onClick={() => navigate(stepPath(previous))}>
          ← Back: {findStep(previous).title}
        </button>
      ) : (
        <span />
      )}
      <span className="wizard-progress">
        Step {index + 1} of {stepIds.length}
      </span>
      {next ? (
        <button
          type="button"
          className="button button-primary"
          onClick={() => navigate(stepPath(next))}
        >
          Next: {findStep(next).title} →
        </button>
      ) : (
        <span />
      )}
    </div>
  );
}

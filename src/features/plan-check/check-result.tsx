import { isUnusable, type CheckOutcome } from '@/domain/check/check-document';
import { CheckSummary } from './check-summary';
import { FindingList } from './finding-list';

interface CheckResultProps {
  readonly outcome: CheckOutcome | undefined;
  /** True while the outcome is for an older version of the text. */
  readonly pending: boolean;
  /** Id given to the message saying why the text cannot be checked. */
  readonly problemId: string;
}

/**
 * What the engine says about the editor's text. Only the verdict is a live region: announcing
 * every finding again on each keystroke would drown a screen reader user.
 */
export function CheckResult({ outcome, pending, problemId }: CheckResultProps) {
  if (outcome === undefined) {
    return (
      <section className="check-result" aria-labelledby="check-result-heading" aria-busy>
        <h2 id="check-result-heading">Result</h2>
        <p role="status">Checking…</p>
      </section>
    );
  }
  const unusable = isUnusable(outcome);
  return (
    <section className="check-result" aria-labelledby="check-result-heading" aria-busy={pending}>
      <h2 id="check-result-heading">Result</h2>
      <div role="status" aria-live="polite">
        {unusable ? (
          <div className="unusable" id={problemId}>
            <p className="verdict verdict-unusable">This text cannot be checked</p>
            <p>
              Reason: <span className="unusable-reason">{outcome.unusable}</span>.
            </p>
            <p className="hint">Your text is kept as it is: correct it in the editor.</p>
          </div>
        ) : (
          <CheckSummary check={outcome} />
        )}
      </div>
      {!unusable && <FindingList findings={outcome.findings} unknowns={outcome.unknowns} />}
    </section>
  );
}

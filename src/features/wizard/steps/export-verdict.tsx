import type { Finding, Unknown } from '@/domain/engine/types';
import { counted, verdictOf } from '@/domain/check/verdict';
import { StepLink } from '../components/step-link';

/**
 * The plan's verdict in one line. Exporting always works; when the plan is Blocked or Incomplete
 * the line says what that means for the files.
 */
export function ExportVerdict({
  check,
}: {
  readonly check: { findings: readonly Finding[]; unknowns: readonly Unknown[] } | undefined;
}) {
  if (check === undefined) return <p className="export-verdict">Checking the plan…</p>;
  const verdict = verdictOf(check);
  if (verdict.state === 'ready') {
    return (
      <p className="export-verdict export-verdict-ready">
        <span aria-hidden="true">✓ </span>
        <strong>{verdict.headline}.</strong> The files below build this plan as it stands.
      </p>
    );
  }
  const what =
    verdict.state === 'blocked'
      ? `${counted(verdict.errors, 'error finding')}: AWS KMS would refuse or fail on what the files create until they are fixed`
      : `${counted(verdict.unknowns, 'requirement')} the plan does not state yet: the files hold placeholders or guesses there, and AWS KMS may refuse what they create`;
  return (
    <div className="export-verdict export-verdict-blocked">
      <p>
        <span aria-hidden="true">{verdict.state === 'blocked' ? '✕ ' : '? '}</span>
        <strong>{verdict.headline}.</strong> Exporting still works, but this plan has {what}.
      </p>
      <p>
        <StepLink step="review">See them on the review</StepLink>
      </p>
    </div>
  );
}

import type { Finding } from '@/domain/engine/types';
import { StepLink } from '../components/step-link';

/** Whether the plan is ready, in one line; with blockers, a warning that still lets the user export. */
export function ExportVerdict({ findings }: { readonly findings: readonly Finding[] | undefined }) {
  if (findings === undefined) return <p className="export-verdict">Checking the plan…</p>;
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  if (errors === 0) {
    return (
      <p className="export-verdict export-verdict-ready">
        <span aria-hidden="true">✓ </span>
        <strong>Ready: no blocking findings.</strong> The files below build this plan as it stands.
      </p>
    );
  }
  const findingsInWords = `${errors} error ${errors === 1 ? 'finding' : 'findings'}`;
  return (
    <div className="export-verdict export-verdict-blocked">
      <p>
        <span aria-hidden="true">✕ </span>
        <strong>
          Not ready: {errors} {errors === 1 ? 'blocker' : 'blockers'}.
        </strong>{' '}
        Exporting still works, but this plan has {findingsInWords}: AWS KMS would refuse or fail on
        what the files create until they are fixed.
      </p>
      <p>
        <StepLink step="review">See the {findingsInWords} on the review</StepLink>
      </p>
    </div>
  );
}

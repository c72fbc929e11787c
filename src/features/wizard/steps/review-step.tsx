import { FindingCard, findingKey } from '@/components/ui/finding-card';
import { SeverityIcon } from '@/components/ui/severity-badge';
import { counted, decidingUnknowns, verdictOf, type Verdict } from '@/domain/check/verdict';
import type { Finding, Severity, Unknown } from '@/domain/engine/types';
import { fieldLabel } from '@/domain/plan/plan-fields';
import { useFindingsAreCurrent, useWizard } from '../wizard-context';
import {
  adviceUnknownsText,
  reviewOrder,
  severityCount,
  severityHeading,
  verdictDetail,
} from './review-text';
import { goToField, stepTitleOfPointer } from '../go-to-field';

function VerdictBox({ verdict }: { readonly verdict: Verdict }) {
  const counts: Readonly<Record<Severity, number>> = {
    error: verdict.errors,
    warning: verdict.warnings,
    info: verdict.infos,
  };
  return (
    <div className={`review-verdict verdict-${verdict.state}`}>
      <p className="verdict-title">{verdict.headline}</p>
      <p className="verdict-detail">{verdictDetail(verdict)}</p>
      <ul className="severity-counts">
        {reviewOrder.map((severity) => (
          <li key={severity} className={`severity-count severity-${severity}`}>
            <SeverityIcon severity={severity} />
            {severityCount(severity, counts[severity])}
          </li>
        ))}
      </ul>
      {verdict.adviceUnknowns > 0 && (
        <p className="verdict-advice-unknowns">{adviceUnknownsText(verdict.adviceUnknowns)}</p>
      )}
    </div>
  );
}

function FieldLink({ pointer }: { readonly pointer: string }) {
  return (
    <button type="button" className="button button-link" onClick={() => goToField(pointer)}>
      {fieldLabel(pointer)} on “{stepTitleOfPointer(pointer)}”
    </button>
  );
}

/** The deciding rules the plan does not say enough to judge, each with links to what to state. */
function DecidingUnknowns({ unknowns }: { readonly unknowns: readonly Unknown[] }) {
  if (unknowns.length === 0) return null;
  return (
    <section className="review-section" aria-labelledby="review-unknowns">
      <h3 id="review-unknowns">
        Not known yet{' '}
        <span className="review-counts">— {counted(unknowns.length, 'deciding requirement')}</span>
      </h3>
      <ul className="unknown-list">
        {unknowns.map((unknown) => (
          <li key={unknown.ruleId} className="unknown-item">
            <p className="unknown-title">{unknown.title}</p>
            <p className="unknown-needs">
              State:{' '}
              {unknown.paths.map((pointer, index) => (
                <span key={pointer}>
                  {index > 0 && ', '}
                  <FieldLink pointer={pointer} />
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function FindingsOf({
  severity,
  findings,
}: {
  readonly severity: Severity;
  readonly findings: readonly Finding[];
}) {
  const own = findings.filter((finding) => finding.severity === severity);
  if (own.length === 0) return null;
  const headingId = `review-${severity}`;
  return (
    <section className="review-section" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {severityHeading(severity, own.length)}{' '}
        <span className="review-counts">— {own.length}</span>
      </h3>
      <ul className="finding-list">
        {own.map((finding) => (
          <FindingCard key={findingKey(finding)} finding={finding} showPath={false}>
            <p className="finding-links">
              Go to{' '}
              {[finding.path, ...(finding.relatedPaths ?? [])].map((pointer, index) => (
                <span key={pointer}>
                  {index > 0 && ', '}
                  <FieldLink pointer={pointer} />
                </span>
              ))}
            </p>
          </FindingCard>
        ))}
      </ul>
    </section>
  );
}

/** The verdict, then the errors, what is not known yet, the warnings and the notes. */
export function ReviewStep() {
  const { findings, unknowns } = useWizard();
  // Never the verdict of an earlier plan (a frame behind a change at most).
  const findingsAreCurrent = useFindingsAreCurrent();
  if (findings === undefined || !findingsAreCurrent) {
    return <p role="status">Checking the plan…</p>;
  }
  const verdict = verdictOf({ findings, unknowns });
  return (
    <>
      <VerdictBox verdict={verdict} />
      <p>
        <a href="/report">Open the readiness report</a>: print it or download it for a change
        request.
      </p>
      <FindingsOf severity="error" findings={findings} />
      <DecidingUnknowns unknowns={decidingUnknowns(unknowns)} />
      <FindingsOf severity="warning" findings={findings} />
      <FindingsOf severity="info" findings={findings} />
      {findings.length === 0 && <p className="no-findings">No findings.</p>}
    </>
  );
}

import { FindingCard, findingKey } from '@/components/ui/finding-card';
import { SeverityBadge } from '@/components/ui/severity-badge';
import { counted, decidingUnknowns, verdictOf, type Verdict } from '@/domain/check/verdict';
import type { Finding, Severity, Unknown } from '@/domain/engine/types';
import { fieldLabel } from '@/domain/plan/plan-fields';
import { navigate } from '@/lib/history';
import { stepOfPointer } from '../step-of-pointer';
import { stepPath } from '../step-ids';
import { findStep } from '../steps';
import { useWizard } from '../wizard-context';
import type { FocusRequest } from '../wizard-page';

function verdictDetail(verdict: Verdict): string {
  switch (verdict.state) {
    case 'blocked':
      return 'Each error is something AWS KMS would refuse or fail on. Fix them on their steps: every finding links to its field.';
    case 'incomplete':
      return 'No error so far, but the plan does not yet say enough to know whether AWS KMS will create and connect the key store. State the fields listed below.';
    case 'ready':
      return verdict.warnings > 0
        ? 'Nothing in this plan would make AWS KMS refuse to create or connect the key store. Review the warnings before you build it.'
        : 'Nothing in this plan would make AWS KMS refuse to create or connect the key store.';
  }
}

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
        {(['error', 'warning', 'info'] as const).map((severity) => (
          <li key={severity}>
            <SeverityBadge severity={severity} /> {counts[severity]}
          </li>
        ))}
      </ul>
      {verdict.adviceUnknowns > 0 && (
        <p className="verdict-advice-unknowns">
          {counted(verdict.adviceUnknowns, 'advice check')} (warnings and notes){' '}
          {verdict.adviceUnknowns === 1 ? 'is' : 'are'} not known yet either; they do not hold the
          verdict back.
        </p>
      )}
    </div>
  );
}

function goToField(pointer: string) {
  const state: FocusRequest = { focusPointer: pointer };
  navigate(stepPath(stepOfPointer(pointer)), { state });
}

function FieldLink({ pointer }: { readonly pointer: string }) {
  return (
    <button type="button" className="button button-link" onClick={() => goToField(pointer)}>
      {fieldLabel(pointer)} on “{findStep(stepOfPointer(pointer)).title}”
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

const severityHeadings: Readonly<Record<Severity, [string, string]>> = {
  error: ['Error', 'Errors'],
  warning: ['Warning', 'Warnings'],
  info: ['Note', 'Notes'],
};

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
        {severityHeadings[severity][own.length === 1 ? 0 : 1]}{' '}
        <span className="review-counts">— {own.length}</span>
      </h3>
      <ul className="finding-list">
        {own.map((finding) => (
          <FindingCard key={findingKey(finding)} finding={finding}>
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

/** The verdict, then what is not known yet, then the errors, warnings and notes. */
export function ReviewStep() {
  const { findings, unknowns } = useWizard();
  if (findings === undefined) return <p role="status">Checking the plan…</p>;
  const verdict = verdictOf({ findings, unknowns });
  return (
    <>
      <VerdictBox verdict={verdict} />
      <p>
        <a href="/report">Open the readiness report</a>: print it or download it for a change
        request.
      </p>
      <DecidingUnknowns unknowns={decidingUnknowns(unknowns)} />
      {(['error', 'warning', 'info'] as const).map((severity) => (
        <FindingsOf key={severity} severity={severity} findings={findings} />
      ))}
      {findings.length === 0 && <p className="no-findings">No findings.</p>}
    </>
  );
}

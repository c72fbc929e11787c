import { FindingCard, findingKey } from '@/components/ui/finding-card';
import { SeverityBadge } from '@/components/ui/severity-badge';
import { severities, type Finding } from '@/domain/engine/types';
import { navigate } from '@/lib/history';
import { countsInWords } from '../components/step-findings';
import { stepOfPointer } from '../step-of-pointer';
import { stepIds, stepPath, type StepId } from '../step-ids';
import { findStep } from '../steps';
import { useWizard } from '../wizard-context';
import type { FocusRequest } from '../wizard-page';

const countOf = (findings: readonly Finding[], severity: Finding['severity']) =>
  findings.filter((finding) => finding.severity === severity).length;

function Verdict({ findings }: { readonly findings: readonly Finding[] }) {
  const blockers = countOf(findings, 'error');
  return (
    <div className={`review-verdict ${blockers === 0 ? 'verdict-ready' : 'verdict-blocked'}`}>
      <p className="verdict-title">
        {blockers === 0
          ? 'Ready: no blocking findings'
          : `Not ready: ${blockers} ${blockers === 1 ? 'blocker' : 'blockers'}`}
      </p>
      <p className="verdict-detail">
        {blockers === 0
          ? 'Nothing in this plan would make AWS KMS refuse to create or connect the key store. Review the warnings before you build it.'
          : 'Each error is something AWS KMS would refuse or fail on. Fix them on their steps: every finding links to its field.'}
      </p>
      <ul className="severity-counts">
        {severities.map((severity) => (
          <li key={severity}>
            <SeverityBadge severity={severity} /> {countOf(findings, severity)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function goToField(step: StepId, pointer: string) {
  const state: FocusRequest = { focusPointer: pointer };
  navigate(stepPath(step), { state });
}

/** Every finding, grouped by the step that fixes it, with a verdict on top. */
export function ReviewStep() {
  const { findings } = useWizard();
  if (findings === undefined) return <p role="status">Checking the plan…</p>;
  const steps = stepIds.filter((id) => id !== 'start' && id !== 'review' && id !== 'export');
  return (
    <>
      <Verdict findings={findings} />
      <p>
        <a href="/report">Open the readiness report</a>: print it or download it for a change
        request.
      </p>
      {steps.map((id) => {
        const own = findings.filter((finding) => stepOfPointer(finding.path) === id);
        const title = findStep(id).title;
        const headingId = `review-${id}`;
        return (
          <section key={id} className="review-section" aria-labelledby={headingId}>
            <h3 id={headingId}>
              {title} <span className="review-counts">— {countsInWords(own) ?? 'no findings'}</span>
            </h3>
            {own.length > 0 && (
              <ul className="finding-list">
                {own.map((finding) => (
                  <FindingCard key={findingKey(finding)} finding={finding}>
                    <button
                      type="button"
                      className="button button-link"
                      onClick={() => goToField(id, finding.path)}
                    >
                      Go to the field on “{title}”
                    </button>
                  </FindingCard>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}

import type { Finding, Unknown } from '@/domain/engine/types';
import { severities } from '@/domain/engine/types';
import { decidingUnknowns } from '@/domain/check/verdict';
import { FindingCard, findingKey } from '@/components/ui/finding-card';
import { SeverityIcon, severityText } from '@/components/ui/severity-badge';

/** The deciding rules the document does not say enough to judge, and how many advice rules. */
function UnknownList({ unknowns }: { readonly unknowns: readonly Unknown[] }) {
  const deciding = decidingUnknowns(unknowns);
  const advice = unknowns.length - deciding.length;
  if (unknowns.length === 0) return null;
  return (
    <section aria-labelledby="findings-unknown">
      <h3 id="findings-unknown">What the document does not say yet ({deciding.length})</h3>
      {deciding.length > 0 && (
        <ol className="finding-list unknown-list">
          {deciding.map((unknown) => (
            <li key={unknown.ruleId} className="finding unknown-card">
              <p>
                <strong>{unknown.title}</strong> — state{' '}
                {unknown.paths.map((path, index) => (
                  <span key={path}>
                    {index > 0 && ', '}
                    <code>{path}</code>
                  </span>
                ))}
              </p>
              <p className="hint">
                Rule <code>{unknown.ruleId}</code> cannot judge the document until then.
              </p>
            </li>
          ))}
        </ol>
      )}
      {advice > 0 && (
        <p className="hint">
          {advice} advisory {advice === 1 ? 'rule' : 'rules'} (warnings, info) cannot judge it
          either; they do not hold the verdict back.
        </p>
      )}
    </section>
  );
}

/**
 * The findings grouped by severity, most severe first, in the engine's stable order; then what
 * the document does not say yet.
 */
export function FindingList({
  findings,
  unknowns,
}: {
  readonly findings: readonly Finding[];
  readonly unknowns: readonly Unknown[];
}) {
  if (findings.length === 0 && unknowns.length === 0) {
    return (
      <p className="no-findings">No findings: every rule that applies to this document passed.</p>
    );
  }
  return (
    <div className="finding-groups">
      {findings.length === 0 && <p className="no-findings">No findings so far.</p>}
      {severities.map((severity) => {
        const group = findings.filter((finding) => finding.severity === severity);
        if (group.length === 0) return null;
        const headingId = `findings-${severity}`;
        return (
          <section key={severity} aria-labelledby={headingId}>
            <h3 id={headingId} className={`severity-${severity}`}>
              <SeverityIcon severity={severity} />
              {severityText[severity].many} ({group.length})
            </h3>
            <ol className="finding-list">
              {group.map((finding) => (
                <FindingCard key={findingKey(finding)} finding={finding} />
              ))}
            </ol>
          </section>
        );
      })}
      <UnknownList unknowns={unknowns} />
    </div>
  );
}

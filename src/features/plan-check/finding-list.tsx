import type { Finding } from '@/domain/engine/types';
import { severities } from '@/domain/engine/types';
import { FindingCard, findingKey } from '@/components/ui/finding-card';
import { SeverityIcon, severityText } from '@/components/ui/severity-badge';

/** The findings grouped by severity, most severe first, in the engine's stable order. */
export function FindingList({ findings }: { readonly findings: readonly Finding[] }) {
  if (findings.length === 0) {
    return (
      <p className="no-findings">No findings: every rule that applies to this document passed.</p>
    );
  }
  return (
    <div className="finding-groups">
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
    </div>
  );
}

import type { Finding } from '@/domain/engine/types';
import { severities } from '@/domain/engine/types';
import { ExternalLink } from '@/components/ui/external-link';
import { SeverityBadge, SeverityIcon, severityText } from '@/components/ui/severity-badge';
import { sourceLabel } from './source-label';

function FindingItem({ finding }: { readonly finding: Finding }) {
  return (
    <li className={`finding severity-${finding.severity}`}>
      <p className="finding-heading">
        <SeverityBadge severity={finding.severity} />
        <code className="rule-id">{finding.ruleId}</code>
      </p>
      <p className="finding-message">{finding.message}</p>
      <dl className="finding-details">
        <dt>Where</dt>
        <dd>
          {/* An empty JSON Pointer is the document itself. */}
          <code>{finding.path || '(the whole document)'}</code>
        </dd>
        <dt>Fix</dt>
        <dd>{finding.fix}</dd>
        <dt>Sources</dt>
        <dd>
          <ul className="sources">
            {finding.sources.map((source) => (
              <li key={source}>
                <ExternalLink href={source}>{sourceLabel(source)}</ExternalLink>
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </li>
  );
}

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
                <FindingItem
                  key={`${finding.ruleId} ${finding.path} ${finding.message}`}
                  finding={finding}
                />
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

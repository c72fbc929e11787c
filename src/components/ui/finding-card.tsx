import type { ReactNode } from 'react';
import type { Finding } from '@/domain/engine/types';
import { ExternalLink } from './external-link';
import { SeverityBadge } from './severity-badge';
import { sourceLabel } from './source-label';

/** One finding: what is wrong, where, how to fix it, and the AWS pages that say so. */
export function FindingCard({
  finding,
  showPath = true,
  placeName,
  children,
}: {
  readonly finding: Finding;
  /** Beside a field the path is obvious, so it can be left out there. */
  readonly showPath?: boolean;
  /** How the place is named for a person (the wizard's labels); the JSON Pointer otherwise. */
  readonly placeName?: (pointer: string) => string;
  /** Actions shown under the finding, such as a link to its field. */
  readonly children?: ReactNode;
}) {
  return (
    <li className={`finding severity-${finding.severity}`}>
      <p className="finding-heading">
        <SeverityBadge severity={finding.severity} />
        <code className="rule-id">{finding.ruleId}</code>
      </p>
      <p className="finding-message">{finding.message}</p>
      <dl className="finding-details">
        {showPath && (
          <>
            <dt>Where</dt>
            <dd>
              {placeName ? (
                placeName(finding.path)
              ) : (
                // An empty JSON Pointer is the document itself.
                <code>{finding.path || '(the whole document)'}</code>
              )}
            </dd>
          </>
        )}
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
      {children}
    </li>
  );
}

export const findingKey = (finding: Finding) =>
  `${finding.ruleId} ${finding.path} ${finding.message}`;

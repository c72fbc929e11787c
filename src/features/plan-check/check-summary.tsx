import type { DocumentCheck, DocumentKind } from '@/domain/check/check-document';
import { verdictOf } from '@/domain/check/verdict';
import { severities, type Severity } from '@/domain/engine/types';
import { SeverityIcon, severityText } from '@/components/ui/severity-badge';

const kindText: Readonly<Record<DocumentKind, string>> = {
  plan: 'Checked as an XKS plan.',
  'proxy-config': 'Checked as a KMS proxy configuration file.',
};

function countText(severity: Severity, count: number): string {
  const words = severityText[severity];
  return `${count} ${(count === 1 ? words.one : words.many).toLowerCase()}`;
}

/**
 * The verdict (Ready, Incomplete or Blocked) and the number of findings per severity. Errors
 * block creation; deciding rules the document does not say enough to judge keep it incomplete.
 */
export function CheckSummary({ check }: { readonly check: DocumentCheck }) {
  const verdict = verdictOf(check);
  const counts: Readonly<Record<Severity, number>> = {
    error: verdict.errors,
    warning: verdict.warnings,
    info: verdict.infos,
  };
  return (
    <div className="check-summary">
      <p className={`verdict verdict-${verdict.state}`}>{verdict.headline}</p>
      <p className="hint">{kindText[check.kind]}</p>
      <ul className="severity-counts" aria-label="Findings per severity">
        {severities.map((severity) => (
          <li key={severity} className={`severity-count severity-${severity}`}>
            <SeverityIcon severity={severity} />
            {countText(severity, counts[severity])}
          </li>
        ))}
        <li className="severity-count">{verdict.unknowns} not known yet</li>
      </ul>
    </div>
  );
}

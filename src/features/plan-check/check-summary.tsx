import type { DocumentCheck, DocumentKind } from '@/domain/check/check-document';
import { summarise } from '@/domain/check/check-document';
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

/** The verdict and the number of findings per severity. Errors are what block creation. */
export function CheckSummary({ check }: { readonly check: DocumentCheck }) {
  const summary = summarise(check.findings);
  const counts: Readonly<Record<Severity, number>> = {
    error: summary.errors,
    warning: summary.warnings,
    info: summary.infos,
  };
  const ready = summary.errors === 0;
  return (
    <div className="check-summary">
      <p className={`verdict ${ready ? 'verdict-ready' : 'verdict-blocked'}`}>
        {ready
          ? 'Ready: no blocking findings'
          : `Not ready: ${summary.errors} ${summary.errors === 1 ? 'blocker' : 'blockers'}`}
      </p>
      <p className="hint">{kindText[check.kind]}</p>
      <ul className="severity-counts" aria-label="Findings per severity">
        {severities.map((severity) => (
          <li key={severity} className={`severity-count severity-${severity}`}>
            <SeverityIcon severity={severity} />
            {countText(severity, counts[severity])}
          </li>
        ))}
      </ul>
    </div>
  );
}

import type { Severity } from '@/domain/engine/types';

/** Words for each severity, so colour is never the only signal. */
export const severityText: Readonly<Record<Severity, { one: string; many: string }>> = {
  error: { one: 'Error', many: 'Errors' },
  warning: { one: 'Warning', many: 'Warnings' },
  info: { one: 'Info', many: 'Info' },
};

// 16×16 shapes that differ by outline as well as colour: octagon, triangle, circle.
const iconPaths: Readonly<Record<Severity, string>> = {
  error:
    'M5 1h6l4 4v6l-4 4H5l-4-4V5z M6.4 5 8 6.6 9.6 5 11 6.4 9.4 8 11 9.6 9.6 11 8 9.4 6.4 11 5 9.6 6.6 8 5 6.4z',
  warning: 'M8 1l7.5 13.5h-15z M7 6h2v4H7z M7 11h2v2H7z',
  info: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1z M7 7h2v5H7z M7 4h2v2H7z',
};

export function SeverityIcon({ severity }: { readonly severity: Severity }) {
  return (
    <svg className="severity-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <path d={iconPaths[severity]} fillRule="evenodd" />
    </svg>
  );
}

/** A severity as icon and word, coloured per severity. */
export function SeverityBadge({ severity }: { readonly severity: Severity }) {
  return (
    <span className={`severity-badge severity-${severity}`}>
      <SeverityIcon severity={severity} />
      {severityText[severity].one}
    </span>
  );
}

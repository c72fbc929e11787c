import type { Unknown } from '@/domain/engine/types';

/** How many rule titles a note names before it only counts the rest. */
const namedAtMost = 3;

/**
 * "Not stated yet — needed for …": why a blank field matters, quieter than a finding (nothing is
 * wrong yet; the plan just does not say).
 */
export function UnknownNote({
  id,
  unknowns,
}: {
  readonly id?: string;
  readonly unknowns: readonly Unknown[];
}) {
  if (unknowns.length === 0) return null;
  const titles = [...new Set(unknowns.map((unknown) => unknown.title))];
  const named = titles.slice(0, namedAtMost).map((title) => `“${title}”`);
  const rest = titles.length - named.length;
  const deciding = unknowns.some((unknown) => unknown.severity === 'error');
  return (
    <p className={`unknown-note${deciding ? ' unknown-deciding' : ''}`} id={id}>
      <span className="unknown-mark" aria-hidden="true">
        ?
      </span>{' '}
      Not stated yet — needed for {named.join(', ')}
      {rest > 0 ? ` and ${rest} more ${rest === 1 ? 'check' : 'checks'}` : ''}.
    </p>
  );
}

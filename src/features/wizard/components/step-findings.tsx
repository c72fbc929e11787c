import { FindingCard, findingKey } from '@/components/ui/finding-card';
import { usePlacedPointers } from '@/components/ui/form/placed-fields';
import type { Finding } from '@/domain/engine/types';

/** "1 error, 2 warnings", or undefined when there is no finding. */
export function countsInWords(findings: readonly Finding[]): string | undefined {
  const count = (severity: Finding['severity']) =>
    findings.filter((finding) => finding.severity === severity).length;
  const parts = [
    [count('error'), 'error', 'errors'],
    [count('warning'), 'warning', 'warnings'],
    [count('info'), 'note', 'notes'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return said.length === 0 ? undefined : said.join(', ');
}

function countText(findings: readonly Finding[]): string {
  const counts = countsInWords(findings);
  return counts === undefined ? 'No findings on this step.' : `On this step: ${counts}.`;
}

/** The step's finding counts, announced politely as they change. */
export function StepFindingsSummary({
  findings,
}: {
  readonly findings: readonly Finding[] | undefined;
}) {
  return (
    <p className="step-summary" role="status">
      {findings === undefined ? 'Loading the checks…' : countText(findings)}
    </p>
  );
}

/**
 * Findings of this step that no field on the page shows (e.g. about a value the step does not
 * ask for), so that nothing the engine says is hidden.
 */
export function UnplacedFindings({ findings }: { readonly findings: readonly Finding[] }) {
  const placed = usePlacedPointers();
  const unplaced = findings.filter((finding) => !placed.has(finding.path));
  if (unplaced.length === 0) return null;
  return (
    <section className="unplaced-findings" aria-labelledby="unplaced-findings-heading">
      <h3 id="unplaced-findings-heading">More findings for this step</h3>
      <ul className="finding-list">
        {unplaced.map((finding) => (
          <FindingCard key={findingKey(finding)} finding={finding} />
        ))}
      </ul>
    </section>
  );
}

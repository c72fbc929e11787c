import { FindingCard, findingKey } from '@/components/ui/finding-card';
import { usePlacedPointers } from '@/components/ui/form/placed-fields';
import { UnknownNote } from '@/components/ui/unknown-note';
import type { Finding, Unknown } from '@/domain/engine/types';
import { fieldLabel, placeName } from '@/domain/plan/plan-fields';
import { pointersOfFinding, stepShowsPointer } from '../step-of-pointer';
import type { StepId } from '../step-ids';

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

/** The places on `step` that unknown rules need, each once, in the order the engine gave. */
export function unstatedPlaces(unknowns: readonly Unknown[], step: StepId): string[] {
  return [
    ...new Set(
      unknowns.flatMap((unknown) => unknown.paths.filter((path) => stepShowsPointer(step, path))),
    ),
  ];
}

function countText(findings: readonly Finding[], unstated: number): string {
  const counts = countsInWords(findings);
  const said = counts === undefined ? 'No findings on this step.' : `On this step: ${counts}.`;
  if (unstated === 0) return said;
  return `${said} ${unstated} ${unstated === 1 ? 'field' : 'fields'} the checks need ${unstated === 1 ? 'is' : 'are'} not stated yet.`;
}

/** The step's finding counts and what it does not state yet, announced politely as they change. */
export function StepFindingsSummary({
  step,
  findings,
  unknowns,
  checking,
}: {
  readonly step: StepId;
  readonly findings: readonly Finding[] | undefined;
  readonly unknowns: readonly Unknown[];
  /** The findings are not yet those of the plan (its certificate chain is being analysed). */
  readonly checking: boolean;
}) {
  return (
    <p className="step-summary" role="status">
      {findings === undefined
        ? 'Loading the checks…'
        : checking
          ? 'Checking the certificate chain…'
          : countText(findings, unstatedPlaces(unknowns, step).length)}
    </p>
  );
}

/**
 * Findings and unknowns of this step that no field on the page shows (e.g. about a value the step
 * does not ask for), so that nothing the engine says is hidden.
 */
/** Shown as a field, or inside a list shown as one field (placed as its pointer and a slash). */
function isPlaced(placed: ReadonlySet<string>, pointer: string): boolean {
  if (placed.has(pointer)) return true;
  for (const place of placed) if (place.endsWith('/') && pointer.startsWith(place)) return true;
  return false;
}

export function UnplacedFindings({
  step,
  findings,
  unknowns,
}: {
  readonly step: StepId;
  readonly findings: readonly Finding[];
  readonly unknowns: readonly Unknown[];
}) {
  const placed = usePlacedPointers();
  const unplaced = findings.filter(
    (finding) => !pointersOfFinding(finding).some((pointer) => isPlaced(placed, pointer)),
  );
  const unplacedPlaces = unstatedPlaces(unknowns, step).filter((pointer) => !placed.has(pointer));
  if (unplaced.length === 0 && unplacedPlaces.length === 0) return null;
  return (
    <section className="unplaced-findings" aria-labelledby="unplaced-findings-heading">
      <h3 id="unplaced-findings-heading">More findings for this step</h3>
      {unplaced.length > 0 && (
        <ul className="finding-list">
          {unplaced.map((finding) => (
            <FindingCard key={findingKey(finding)} finding={finding} placeName={placeName} />
          ))}
        </ul>
      )}
      {unplacedPlaces.length > 0 && (
        <ul className="unknown-list">
          {unplacedPlaces.map((pointer) => (
            <li key={pointer}>
              <strong>{fieldLabel(pointer)}</strong>
              <UnknownNote
                unknowns={unknowns.filter((unknown) => unknown.paths.includes(pointer))}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import type { ReactNode } from 'react';
import { FindingCard, findingKey } from '../finding-card';
import { UnknownNote } from '../unknown-note';
import { fieldId, pointerOfField, useFindingsAt, useUnknownsAt } from './field-findings-context';
import type { PlanFieldName } from './field-shell';
import { usePlacedPointer } from './placed-fields';

/**
 * A titled group of fields for one part of the plan (a section, a list, one list item), with the
 * findings about the part as a whole, such as "at least two subnets".
 */
export function FieldGroup({
  name,
  legend,
  hint,
  children,
}: {
  /** react-hook-form name of the part, e.g. `vpc.subnets` or `keys.2`. */
  readonly name: PlanFieldName;
  readonly legend: string;
  readonly hint?: ReactNode;
  readonly children: ReactNode;
}) {
  const id = fieldId(name);
  const pointer = pointerOfField(name);
  const findings = useFindingsAt(pointer);
  const unknowns = useUnknownsAt(pointer);
  usePlacedPointer(pointer);
  return (
    <fieldset className="field-group" id={id} data-pointer={pointer} tabIndex={-1}>
      <legend>{legend}</legend>
      {hint && <p className="field-hint">{hint}</p>}
      <UnknownNote unknowns={unknowns} />
      {findings.length > 0 && (
        <ul className="field-findings finding-list" aria-label={`Findings for ${legend}`}>
          {findings.map((finding) => (
            <FindingCard key={findingKey(finding)} finding={finding} showPath={false} />
          ))}
        </ul>
      )}
      {children}
    </fieldset>
  );
}

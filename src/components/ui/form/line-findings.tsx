import { get, useFormState } from 'react-hook-form';
import { FindingCard, findingKey } from '../finding-card';
import {
  besideFormatError,
  fieldId,
  isSchemaFinding,
  pointerOfField,
  useFindingsAt,
} from './field-findings-context';
import type { PlanFieldName } from './field-shell';
import { usePlacedPointer } from './placed-fields';

/** The format error and findings about one line of a list field, with the line they concern. */
export function LineFindings({
  name,
  label,
  line,
}: {
  readonly name: PlanFieldName;
  readonly label: string;
  readonly line: string;
}) {
  const pointer = pointerOfField(name);
  const { errors } = useFormState({ name });
  const formatError = (get(errors, name) as { message?: string } | undefined)?.message;
  const findings = besideFormatError(useFindingsAt(pointer), formatError, isSchemaFinding);
  usePlacedPointer(pointer);
  if (findings.length === 0 && !formatError) return null;
  return (
    <div className="line-findings" id={fieldId(name)} data-pointer={pointer} tabIndex={-1}>
      <p className="field-hint">
        {label}: <code>{line}</code>
      </p>
      {formatError && <p className="field-error">{formatError}</p>}
      {findings.length > 0 && (
        <ul className="field-findings finding-list" aria-label={`Findings for ${label}`}>
          {findings.map((finding) => (
            <FindingCard key={findingKey(finding)} finding={finding} showPath={false} />
          ))}
        </ul>
      )}
    </div>
  );
}

import type { FormEvent, ReactNode } from 'react';
import { get, useFormState, type FieldPath } from 'react-hook-form';
import type { Plan } from '@/domain/plan/plan-schema';
import { FindingCard, findingKey } from '../finding-card';
import { UnknownNote } from '../unknown-note';
import {
  besideFormatError,
  fieldId,
  labelOfField,
  isSchemaFinding,
  pointerOfField,
  useFindingsAt,
  useUnknownsAt,
} from './field-findings-context';
import { usePlacedPointer } from './placed-fields';

/** A react-hook-form name of a place in the plan (`keys.2.KeySpec`): `tsc` refuses one the plan lacks. */
export type PlanFieldName = FieldPath<Plan>;

export interface FieldProps {
  /** react-hook-form name, a dotted path into the plan. */
  readonly name: PlanFieldName;
  /** What the field is called; by default its label in the domain's field table (plan-fields.ts). */
  readonly label?: string;
  /** One line that helps fill the field; stays visible. */
  readonly hint?: ReactNode;
}

export interface ControlProps {
  readonly id: string;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-invalid': boolean;
}

/**
 * Label, hint, control, format error and the rule findings for one field, wired together for
 * assistive technology. The control is rendered by the caller with the props given.
 */
export function FieldShell({
  name,
  label: givenLabel,
  hint,
  children,
  as = 'div',
  withinItems = false,
}: FieldProps & {
  readonly children: (control: ControlProps) => ReactNode;
  /** `fieldset` for groups of radio buttons, whose label is a legend. */
  readonly as?: 'div' | 'fieldset';
  /** A list shown as one field: it also shows the findings of its rows. */
  readonly withinItems?: boolean;
}) {
  const id = fieldId(name);
  const pointer = pointerOfField(name);
  const label = labelOfField(name, givenLabel);
  const { errors } = useFormState({ name });
  const formatError = (get(errors, name) as { message?: string } | undefined)?.message;
  const findings = besideFormatError(
    useFindingsAt(pointer, withinItems),
    formatError,
    isSchemaFinding,
  );
  const unknowns = besideFormatError(useUnknownsAt(pointer), formatError);
  usePlacedPointer(pointer);
  usePlacedPointer(withinItems ? `${pointer}/` : pointer);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = formatError ? `${id}-error` : undefined;
  const findingsId = findings.length > 0 ? `${id}-findings` : undefined;
  const unknownsId = unknowns.length > 0 ? `${id}-unknowns` : undefined;
  const describedBy =
    [hintId, errorId, findingsId, unknownsId].filter(Boolean).join(' ') || undefined;
  const hasError = Boolean(formatError) || findings.some((finding) => finding.severity === 'error');
  const control = children({ id, 'aria-describedby': describedBy, 'aria-invalid': hasError });
  const Wrapper = as;
  return (
    // Each field is a form of its own. Chrome's autofill reads the whole form that a keystroke lands
    // in (every control's labels, descriptions and position): with one form for a step's hundred
    // fields of a large plan, that took 6–12 ms of each keystroke's frame.
    <form className="field-form" noValidate onSubmit={stayOnPage}>
      <Wrapper className="field" data-pointer={pointer} {...(as === 'fieldset' ? { id } : {})}>
        {as === 'fieldset' ? (
          <legend className="field-label">{label}</legend>
        ) : (
          <label className="field-label" htmlFor={id}>
            {label}
          </label>
        )}
        {hint && (
          <p className="field-hint" id={hintId}>
            {hint}
          </p>
        )}
        {control}
        {formatError && (
          <p className="field-error" id={errorId}>
            {formatError}
          </p>
        )}
        <UnknownNote id={unknownsId} unknowns={unknowns} />
        {findings.length > 0 && (
          <ul
            className="field-findings finding-list"
            id={findingsId}
            aria-label={`Findings for ${label}`}
          >
            {findings.map((finding) => (
              <FindingCard key={findingKey(finding)} finding={finding} showPath={false} />
            ))}
          </ul>
        )}
      </Wrapper>
    </form>
  );
}

/** Enter in a field's only text input submits its form; the plan is saved as it is typed. */
function stayOnPage(event: FormEvent) {
  event.preventDefault();
}

/**
 * The form kit every wizard step is built from: each field registers itself with the surrounding
 * react-hook-form form by name and shows its findings. An emptied field becomes "not stated"
 * (undefined), never an empty string, so that the rules see what is missing.
 */
import { useState, type InputHTMLAttributes } from 'react';
import { Controller, useFormContext, useWatch, type UseFormRegisterReturn } from 'react-hook-form';
import { holdUntilPainted } from '@/lib/held-changes';
import { FieldShell, type FieldProps, type PlanFieldName } from './field-shell';
import { labelOfField } from './field-findings-context';
import { LineFindings } from './line-findings';

const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);

/**
 * A text control's registration whose changes the form hears once the keystroke has painted (see
 * holdUntilPainted): on a large plan, what the form does with each change took most of the frame.
 */
function typedInto(registration: UseFormRegisterReturn): UseFormRegisterReturn {
  return {
    ...registration,
    onChange: async (event: { target: EventTarget }) => {
      holdUntilPainted(event.target, () => void registration.onChange(event));
    },
  };
}

export function TextField({
  name,
  label,
  hint,
  prefix,
  suffix,
  emptyIsAValue = false,
  ...input
}: FieldProps & {
  /** Fixed text shown before or after the input, such as https:// or /kms/xks/v1. */
  readonly prefix?: string;
  readonly suffix?: string;
  /**
   * Keeps an emptied field as the empty string, for the few values where empty is a real answer
   * (a tag value); otherwise an emptied field means "not stated".
   */
  readonly emptyIsAValue?: boolean;
} & Pick<
    InputHTMLAttributes<HTMLInputElement>,
    'placeholder' | 'inputMode' | 'autoComplete' | 'spellCheck' | 'type'
  >) {
  const { register } = useFormContext();
  return (
    <FieldShell name={name} label={label} hint={hint}>
      {(control) => {
        const field = (
          <input
            className="input"
            type="text"
            spellCheck={false}
            {...input}
            {...control}
            {...typedInto(register(name, emptyIsAValue ? {} : { setValueAs: emptyToUndefined }))}
          />
        );
        if (!prefix && !suffix) return field;
        return (
          <div className="input-affixes">
            {prefix && (
              <span className="affix" aria-hidden="true">
                {prefix}
              </span>
            )}
            {field}
            {suffix && (
              <span className="affix" aria-hidden="true">
                {suffix}
              </span>
            )}
          </div>
        );
      }}
    </FieldShell>
  );
}

/** Multi-line free text, such as a PEM certificate chain; an emptied field is "not stated". */
export function TextAreaField({
  name,
  label,
  hint,
  rows = 8,
}: FieldProps & { readonly rows?: number }) {
  const { register } = useFormContext();
  return (
    <FieldShell name={name} label={label} hint={hint}>
      {(control) => (
        <textarea
          className="input input-lines"
          rows={rows}
          spellCheck={false}
          {...control}
          {...typedInto(register(name, { setValueAs: emptyToUndefined }))}
        />
      )}
    </FieldShell>
  );
}

export function NumberField({ name, label, hint, unit }: FieldProps & { readonly unit?: string }) {
  const { register } = useFormContext();
  return (
    <FieldShell name={name} label={label} hint={hint}>
      {(control) => (
        <div className="input-affixes">
          <input
            className="input input-number"
            type="text"
            inputMode="decimal"
            {...control}
            {...typedInto(
              register(name, {
                // Text that is not a number is kept as text so the schema can say what is wrong.
                setValueAs: (value: unknown) => {
                  if (value === '' || value === undefined) return undefined;
                  const number = Number(value);
                  return Number.isNaN(number) ? value : number;
                },
              }),
            )}
          />
          {unit && <span className="affix">{unit}</span>}
        </div>
      )}
    </FieldShell>
  );
}

export interface Option {
  readonly value: string;
  readonly label: string;
  readonly disabled?: boolean;
}

export function SelectField({
  name,
  label,
  hint,
  options,
}: FieldProps & { readonly options: readonly Option[] }) {
  const { register } = useFormContext();
  return (
    <FieldShell name={name} label={label} hint={hint}>
      {(control) => (
        <select
          className="input"
          {...control}
          {...register(name, { setValueAs: emptyToUndefined })}
        >
          <option value="">Not stated</option>
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

const yesNoChoices = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
  { value: '', label: 'Not stated' },
] as const;

/** A yes/no fact with a third answer, "not stated", which the rules treat as unknown. */
export function YesNoField({ name, label, hint }: FieldProps) {
  const { control: formControl } = useFormContext();
  // Controller's field.value falls back to the mount-time value when the plan value is removed,
  // so the current value is read from the form itself.
  const value: unknown = useWatch({ name });
  return (
    <Controller
      name={name}
      control={formControl}
      render={({ field }) => (
        <FieldShell name={name} label={label} hint={hint} as="fieldset">
          {(control) => (
            <div className="choice-row" aria-describedby={control['aria-describedby']}>
              {yesNoChoices.map((choice) => {
                const current = value === undefined ? '' : String(value);
                return (
                  <label key={choice.value} className="choice">
                    <input
                      type="radio"
                      name={control.id}
                      value={choice.value}
                      checked={current === choice.value}
                      onChange={() =>
                        field.onChange(choice.value === '' ? undefined : choice.value === 'true')
                      }
                      onBlur={field.onBlur}
                    />
                    {choice.label}
                  </label>
                );
              })}
            </div>
          )}
        </FieldShell>
      )}
    />
  );
}

/** A list of enum values chosen with check boxes; nothing ticked is "not stated". */
export function CheckboxGroupField({
  name,
  label,
  hint,
  options,
}: FieldProps & { readonly options: readonly Option[] }) {
  const { control: formControl } = useFormContext();
  const value: unknown = useWatch({ name }); // see YesNoField
  const chosen = Array.isArray(value) ? (value as string[]) : [];
  return (
    <Controller
      name={name}
      control={formControl}
      render={({ field }) => (
        <FieldShell name={name} label={label} hint={hint} as="fieldset">
          {(control) => (
            <div className="choice-row" aria-describedby={control['aria-describedby']}>
              {options.map((option) => (
                <label key={option.value} className="choice">
                  <input
                    type="checkbox"
                    name={control.id}
                    value={option.value}
                    checked={chosen.includes(option.value)}
                    disabled={option.disabled}
                    onChange={(event) => {
                      // Keep the options' order, whatever order they were ticked in.
                      const next = options
                        .map((each) => each.value)
                        .filter((each) =>
                          each === option.value ? event.target.checked : chosen.includes(each),
                        );
                      field.onChange(next.length > 0 ? next : undefined);
                    }}
                    onBlur={field.onBlur}
                  />
                  {option.label}
                </label>
              ))}
            </div>
          )}
        </FieldShell>
      )}
    />
  );
}

/**
 * A list of short values edited as text, one per line. Findings about single lines (e.g.
 * `/vpc/cidrBlocks/0`) are shown under it, each naming its line.
 */
export function LinesField({ name, label, hint }: FieldProps) {
  const { control: formControl } = useFormContext();
  const value = useWatch({ name }) as string[] | undefined; // see YesNoField
  return (
    <>
      <Controller
        name={name}
        control={formControl}
        render={({ field }) => (
          <FieldShell name={name} label={label} hint={hint ?? 'One per line.'}>
            {(control) => (
              <LinesInput
                {...control}
                value={value ?? []}
                onChange={field.onChange}
                onBlur={field.onBlur}
              />
            )}
          </FieldShell>
        )}
      />
      {value?.map((line, index) => (
        <LineFindings
          key={index}
          // A line of a list of strings: `tsc` cannot tell which names hold one.
          name={`${name}.${index}` as PlanFieldName}
          label={`${labelOfField(name, label)}, line ${index + 1}`}
          line={line}
        />
      ))}
    </>
  );
}

const toLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

function LinesInput({
  value,
  onChange,
  onBlur,
  ...control
}: {
  readonly id: string;
  readonly value: readonly string[];
  readonly onChange: (value: string[] | undefined) => void;
  readonly onBlur: () => void;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-invalid': boolean;
}) {
  // The text keeps what the user types (blank lines, spaces) while the form holds the list.
  const [text, setText] = useState(value.join('\n'));
  const listed = value.join('\n');
  if (toLines(text).join('\n') !== listed) setText(listed); // the form changed from outside
  return (
    <textarea
      className="input input-lines"
      rows={Math.max(2, value.length + 1)}
      spellCheck={false}
      {...control}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        const lines = toLines(event.target.value);
        onChange(lines.length > 0 ? lines : undefined);
      }}
      onBlur={onBlur}
    />
  );
}

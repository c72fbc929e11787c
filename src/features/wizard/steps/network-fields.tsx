/**
 * Small pieces the network step shares: findings about one line of a LinesField, a checkbox
 * group for a list of enum values, and a link to the connectivity step.
 */
import { useContext, type MouseEvent } from 'react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { FindingCard, findingKey } from '@/components/ui/finding-card';
import {
  FieldFindingsContext,
  fieldId,
  pointerOfField,
} from '@/components/ui/form/field-findings-context';
import { FieldShell, type FieldProps } from '@/components/ui/form/field-shell';
import type { Option } from '@/components/ui/form/fields';
import { usePlacedPointer } from '@/components/ui/form/placed-fields';
import type { Finding } from '@/domain/engine/types';
import { navigate } from '@/lib/history';
import { stepPath, type StepId } from '../step-ids';

/**
 * The findings about single lines of a list edited with a LinesField (e.g. `/vpc/cidrBlocks/0`),
 * shown under the field, each with the line it concerns, so that they are placed beside the list.
 */
export function LineFindings({ name, label }: { readonly name: string; readonly label: string }) {
  const lines = useWatch({ name }) as readonly string[] | undefined;
  const findings = useContext(FieldFindingsContext);
  const pointer = pointerOfField(name);
  const count = lines?.length ?? 0;
  const items = Array.from({ length: count }, (_, index) => ({
    index,
    line: lines?.[index] ?? '',
    findings: findings.at(`${pointer}/${index}`),
  })).filter((item) => item.findings.length > 0);
  if (items.length === 0) return null;
  return (
    <div className="network-line-findings">
      {items.map((item) => (
        <LineFinding
          key={item.index}
          name={`${name}.${item.index}`}
          label={`${label}, line ${item.index + 1}`}
          line={item.line}
          findings={item.findings}
        />
      ))}
    </div>
  );
}

function LineFinding({
  name,
  label,
  line,
  findings,
}: {
  readonly name: string;
  readonly label: string;
  readonly line: string;
  readonly findings: readonly Finding[];
}) {
  const pointer = pointerOfField(name);
  usePlacedPointer(pointer);
  return (
    <div className="network-line-finding" id={fieldId(name)} data-pointer={pointer} tabIndex={-1}>
      <p className="field-hint">
        {label}: <code>{line}</code>
      </p>
      <ul className="field-findings finding-list" aria-label={`Findings for ${label}`}>
        {findings.map((finding) => (
          <FindingCard key={findingKey(finding)} finding={finding} showPath={false} />
        ))}
      </ul>
    </div>
  );
}

/** A list of enum values chosen with checkboxes; nothing ticked is "not stated". */
export function CheckboxGroupField({
  name,
  label,
  hint,
  options,
}: FieldProps & { readonly options: readonly Option[] }) {
  const { control: formControl } = useFormContext();
  return (
    <Controller
      name={name}
      control={formControl}
      render={({ field }) => {
        const chosen = Array.isArray(field.value) ? (field.value as string[]) : [];
        return (
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
                        const next = options
                          .map((each) => each.value)
                          .filter((value) =>
                            value === option.value ? event.target.checked : chosen.includes(value),
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
        );
      }}
    />
  );
}

/** A real link to another step, handled by the client-side router. */
export function StepLink({ step, children }: { readonly step: StepId; readonly children: string }) {
  const href = stepPath(step);
  return (
    <a
      href={href}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        navigate(href);
      }}
    >
      {children}
    </a>
  );
}

/** Focus a list's group after one of its items (and so the button pressed) is removed. */
export function focusGroup(name: string): void {
  document.getElementById(fieldId(name))?.focus();
}

import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { FieldShell, type PlanFieldName } from './field-shell';

/** How a stored or derived value reads in a read-only box: lists joined, booleans in words. */
export function displayValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value))
    return value
      .map((item) =>
        typeof item === 'object' && item !== null
          ? Object.values(item as Record<string, unknown>).join(' ')
          : String(item),
      )
      .join(', ');
  return String(value);
}

/**
 * A value the plan does not ask for: derived from another field, or fixed by AWS. Read-only (not
 * disabled), so it stays focusable and is announced with its reason. When the stored value
 * disagrees (an imported plan), it says so and offers the derived value; the rule's finding shows
 * beside it as for any field.
 */
export function DerivedField({
  name,
  label,
  reason,
  derived,
  onUse,
}: {
  /** react-hook-form name of the place. */
  readonly name: PlanFieldName;
  readonly label: string;
  /** Why the value is not asked, and where it comes from. */
  readonly reason: ReactNode;
  /** The value the place should hold; undefined while its source is not stated. */
  readonly derived: unknown;
  /** Writes the derived value into the plan. */
  readonly onUse: () => void;
}) {
  const stored: unknown = useWatch({ name });
  const shown = displayValue(stored);
  const expected = displayValue(derived);
  const disagrees = derived !== undefined && shown !== expected;
  return (
    <FieldShell name={name} label={label} hint={reason} withinItems>
      {(control) => (
        <>
          <input
            className="input input-derived"
            type="text"
            readOnly
            {...control}
            value={shown}
            placeholder="Not known yet"
          />
          {disagrees && (
            <p className="derived-disagrees">
              {stored === undefined ? 'Not filled in yet' : 'The plan says something else'}: it
              should be <code>{expected}</code>.{' '}
              <button type="button" className="button button-link" onClick={onUse}>
                Use {expected}
              </button>
            </p>
          )}
        </>
      )}
    </FieldShell>
  );
}

/** Lists and the TLS version choice of the "Key manager and proxy" step. */
import { useRef, type ReactNode } from 'react';
import { useFieldArray } from 'react-hook-form';
import { FieldGroup } from '@/components/ui/form/field-group';
import { CheckboxGroupField, TextField } from '@/components/ui/form/fields';

export interface ItemField {
  /** Property of one list item, e.g. `ipAddress`. */
  readonly key: string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly inputMode?: 'text' | 'decimal' | 'numeric';
}

/**
 * A list of instances (key manager nodes, proxy servers): each item a group of text fields with
 * its own Remove button, and an Add button under the list.
 */
export function InstanceList({
  name,
  legend,
  hint,
  noun,
  fields,
}: {
  /** react-hook-form name of the list, e.g. `proxy.instances`. */
  readonly name: string;
  readonly legend: string;
  readonly hint?: ReactNode;
  /** What one item is, e.g. "Proxy instance". */
  readonly noun: string;
  readonly fields: readonly ItemField[];
}) {
  const { fields: items, append, remove } = useFieldArray({ name });
  // After a removal, focus stays in the list, on its Add button.
  const addButton = useRef<HTMLButtonElement>(null);
  const lower = noun.charAt(0).toLowerCase() + noun.slice(1);
  return (
    <FieldGroup name={name} legend={legend} hint={hint}>
      {items.length === 0 && <p className="proxy-empty">No {lower}s listed yet.</p>}
      {items.map((item, index) => (
        <FieldGroup key={item.id} name={`${name}.${index}`} legend={`${noun} ${index + 1}`}>
          <div className="proxy-item-grid">
            {fields.map((field) => (
              <TextField
                key={field.key}
                name={`${name}.${index}.${field.key}`}
                label={field.label}
                hint={field.hint}
                inputMode={field.inputMode}
                autoComplete="off"
              />
            ))}
          </div>
          <button
            type="button"
            className="button"
            onClick={() => {
              remove(index);
              addButton.current?.focus();
            }}
          >
            Remove {lower} {index + 1}
          </button>
        </FieldGroup>
      ))}
      <button type="button" className="button" ref={addButton} onClick={() => append({})}>
        Add {lower}
      </button>
    </FieldGroup>
  );
}

const tlsVersions = [
  { value: 'TLSv1.0', label: 'TLS 1.0' },
  { value: 'TLSv1.1', label: 'TLS 1.1' },
  { value: 'TLSv1.2', label: 'TLS 1.2' },
  { value: 'TLSv1.3', label: 'TLS 1.3' },
] as const;

/** The TLS versions the proxy accepts, as check boxes; none ticked is "not stated". */
export function TlsVersionsField() {
  return (
    <CheckboxGroupField
      name="proxy.tlsVersions"
      label="TLS versions the proxy accepts"
      hint="KMS connects with TLS 1.2 or 1.3. Older versions are not needed and weaken the connection."
      options={tlsVersions}
    />
  );
}

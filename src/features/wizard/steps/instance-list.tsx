import type { ReactNode } from 'react';
import { TextField } from '@/components/ui/form/fields';
import { ListField } from '@/components/ui/form/list-field';

export interface ItemField {
  /** Property of one list item, e.g. `ipAddress`. */
  readonly key: string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly inputMode?: 'text' | 'decimal' | 'numeric';
}

/** A list of instances (key manager nodes, proxy servers), each item a row of text fields. */
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
  const lower = noun.charAt(0).toLowerCase() + noun.slice(1);
  return (
    <ListField
      name={name}
      legend={legend}
      hint={hint}
      emptyText={`No ${lower}s listed yet.`}
      itemLegend={(index) => `${noun} ${index + 1}`}
      addLabel={`Add ${lower}`}
      removeLabel={(index) => `Remove ${lower} ${index + 1}`}
    >
      {(item) => (
        <div className="proxy-item-grid">
          {fields.map((field) => (
            <TextField
              key={field.key}
              name={`${item}.${field.key}`}
              label={field.label}
              hint={field.hint}
              inputMode={field.inputMode}
              autoComplete="off"
            />
          ))}
        </div>
      )}
    </ListField>
  );
}

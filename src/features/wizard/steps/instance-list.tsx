import type { ReactNode } from 'react';
import type { FieldArray } from 'react-hook-form';
import { TextField } from '@/components/ui/form/fields';
import type { PlanFieldName } from '@/components/ui/form/field-shell';
import { ListField } from '@/components/ui/form/list-field';
import type { Plan } from '@/domain/plan/plan-schema';

type InstancesName = 'proxy.instances' | 'externalKeyManager.instances';

export interface ItemField<Name extends InstancesName> {
  /** Property of one list item, e.g. `ipAddress`. */
  readonly key: keyof FieldArray<Plan, Name> & string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly inputMode?: 'text' | 'decimal' | 'numeric';
}

/** A list of instances (key manager nodes, proxy servers), each item a row of text fields. */
export function InstanceList<Name extends InstancesName>({
  name,
  legend,
  hint,
  noun,
  fields,
}: {
  readonly name: Name;
  readonly legend: string;
  readonly hint?: ReactNode;
  /** What one item is, e.g. "Proxy instance". */
  readonly noun: string;
  readonly fields: readonly ItemField<Name>[];
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
              name={`${item}.${field.key}` as PlanFieldName}
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

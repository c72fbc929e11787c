import { useRef, type ReactNode } from 'react';
import { useFieldArray, type FieldArray, type FieldArrayPath } from 'react-hook-form';
import type { Plan } from '@/domain/plan/plan-schema';
import { FieldGroup } from './field-group';
import type { PlanFieldName } from './field-shell';

/** The react-hook-form name of item `index` of the list `Name`, e.g. `vpc.subnets.1`. */
export type ItemName<Name extends FieldArrayPath<Plan>> = `${Name}.${number}`;

/**
 * A list in the plan (subnets, targets, instances, keys, tags, stores): each item a group of
 * fields with its own Remove button, and an Add button under the list. A new item's first field
 * gets the focus; after a removal the focus stays in the list, on the Add button.
 */
export function ListField<Name extends FieldArrayPath<Plan>>({
  name,
  legend,
  hint,
  itemLegend,
  addLabel,
  removeLabel,
  emptyText,
  newItem = {},
  children,
}: {
  /** react-hook-form name of the list, e.g. `vpc.subnets`. */
  readonly name: Name;
  readonly legend: string;
  readonly hint?: ReactNode;
  /** The legend of item `index` (0-based), e.g. "Subnet 2". */
  readonly itemLegend: (index: number) => string;
  readonly addLabel: string;
  readonly removeLabel: (index: number) => string;
  /** Said when the list is empty; nothing is said when absent. */
  readonly emptyText?: string;
  /** What a new item starts with; nothing stated by default. */
  readonly newItem?: Partial<FieldArray<Plan, Name>>;
  /** The fields of one item, given the item's react-hook-form name (e.g. `vpc.subnets.1`). */
  readonly children: (itemName: ItemName<Name>, index: number) => ReactNode;
}) {
  const { fields, append, remove } = useFieldArray<Plan, Name>({ name });
  const addButton = useRef<HTMLButtonElement>(null);
  return (
    <FieldGroup name={name} legend={legend} hint={hint}>
      {fields.length === 0 && emptyText && <p className="list-empty">{emptyText}</p>}
      {fields.map((field, index) => {
        // `tsc` cannot tell that an item of a generic list is a place in the plan.
        const item: ItemName<Name> = `${name}.${index}`;
        return (
          <FieldGroup key={field.id} name={item as PlanFieldName} legend={itemLegend(index)}>
            {children(item, index)}
            <button
              type="button"
              className="button"
              onClick={() => {
                remove(index);
                addButton.current?.focus();
              }}
            >
              {removeLabel(index)}
            </button>
          </FieldGroup>
        );
      })}
      <button
        type="button"
        className="button"
        ref={addButton}
        // A new item starts partial (a tag without its key): the form holds it until it is filled in.
        onClick={() => append(newItem as FieldArray<Plan, Name>)}
      >
        {addLabel}
      </button>
    </FieldGroup>
  );
}

import { useRef, type ReactNode } from 'react';
import { useFieldArray } from 'react-hook-form';
import { FieldGroup } from './field-group';

/**
 * A list in the plan (subnets, targets, instances, keys, tags, stores): each item a group of
 * fields with its own Remove button, and an Add button under the list. A new item's first field
 * gets the focus; after a removal the focus stays in the list, on the Add button.
 */
export function ListField({
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
  readonly name: string;
  readonly legend: string;
  readonly hint?: ReactNode;
  /** The legend of item `index` (0-based), e.g. "Subnet 2". */
  readonly itemLegend: (index: number) => string;
  readonly addLabel: string;
  readonly removeLabel: (index: number) => string;
  /** Said when the list is empty; nothing is said when absent. */
  readonly emptyText?: string;
  /** What a new item starts with; nothing stated by default. */
  readonly newItem?: Record<string, unknown>;
  /** The fields of one item, given the item's react-hook-form name (e.g. `vpc.subnets.1`). */
  readonly children: (itemName: string, index: number) => ReactNode;
}) {
  const { fields, append, remove } = useFieldArray({ name });
  const addButton = useRef<HTMLButtonElement>(null);
  return (
    <FieldGroup name={name} legend={legend} hint={hint}>
      {fields.length === 0 && emptyText && <p className="list-empty">{emptyText}</p>}
      {fields.map((field, index) => (
        <FieldGroup key={field.id} name={`${name}.${index}`} legend={itemLegend(index)}>
          {children(`${name}.${index}`, index)}
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
      ))}
      <button type="button" className="button" ref={addButton} onClick={() => append(newItem)}>
        {addLabel}
      </button>
    </FieldGroup>
  );
}

import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  useFieldArray,
  useFormContext,
  useWatch,
  type FieldArray,
  type FieldArrayPath,
} from 'react-hook-form';
import type { Plan } from '@/domain/plan/plan-schema';
import { fieldId } from './field-findings-context';
import { FieldGroup } from './field-group';
import type { PlanFieldName } from './field-shell';

/** The react-hook-form name of item `index` of the list `Name`, e.g. `vpc.subnets.1`. */
export type ItemName<Name extends FieldArrayPath<Plan>> = `${Name}.${number}`;

interface ListFieldProps<Name extends FieldArrayPath<Plan>> {
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
}

/**
 * A list in the plan (subnets, targets, instances, keys, tags, stores): each item a group of
 * fields with its own Remove button, and an Add button under the list. A new item's first field
 * gets the focus; after a removal the focus stays in the list, on the Add button.
 *
 * A list the plan does not state stays unstated until an item is added. react-hook-form's field
 * array writes an empty list into the form for an absent one, and an empty list is a statement:
 * `existingKeyStores: []` says the account has no other key store, which lets the quota and
 * uniqueness rules pass.
 */
export function ListField<Name extends FieldArrayPath<Plan>>(props: ListFieldProps<Name>) {
  const { name, legend, hint, emptyText, addLabel, newItem = {} } = props;
  const { control, setValue } = useFormContext<Plan>();
  // A yes/no, so that typing into an item does not render the list again.
  const stated = useWatch({ control, name, compute: (list) => list !== undefined });
  const [focusFirstItem, setFocusFirstItem] = useState(false);
  return (
    <FieldGroup name={name} legend={legend} hint={hint}>
      {stated ? (
        <StatedList {...props} focusFirstItem={focusFirstItem} />
      ) : (
        <>
          {emptyText && <p className="list-empty">{emptyText}</p>}
          <button
            type="button"
            className="button"
            onClick={() => {
              const first = [newItem] as FieldArray<Plan, Name>[];
              setValue(name, first as never, { shouldDirty: true, shouldValidate: true });
              setFocusFirstItem(true);
            }}
          >
            {addLabel}
          </button>
        </>
      )}
    </FieldGroup>
  );
}

/** The items of a list the plan states (perhaps as empty), and its Add button. */
function StatedList<Name extends FieldArrayPath<Plan>>({
  name,
  itemLegend,
  addLabel,
  removeLabel,
  emptyText,
  newItem = {},
  children,
  focusFirstItem,
}: ListFieldProps<Name> & { readonly focusFirstItem: boolean }) {
  const { fields, append, remove } = useFieldArray<Plan, Name>({ name });
  const addButton = useRef<HTMLButtonElement>(null);
  useFocusFirstItemOnce(focusFirstItem, name);
  return (
    <>
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
    </>
  );
}

/**
 * Focuses the first control of the list's first item when the list has just been stated by its
 * Add button (the field array's own `append` does this for the later items).
 */
function useFocusFirstItemOnce(focusFirstItem: boolean, name: string): void {
  const focused = useRef(false);
  useEffect(() => {
    if (!focusFirstItem || focused.current) return;
    focused.current = true;
    document
      .getElementById(fieldId(`${name}.0`))
      ?.querySelector<HTMLElement>('input, select, textarea')
      ?.focus();
  }, [focusFirstItem, name]);
}

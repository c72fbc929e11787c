import { useRef } from 'react';
import { useFieldArray } from 'react-hook-form';
import { FieldGroup } from '@/components/ui/form/field-group';
import { TextField } from '@/components/ui/form/fields';
import { AdvancedKeyAttributes, KeyTags } from './keys-step-parts';
import './keys-step.css';

/** The KMS keys to create in the external key store, each backed by an external key. */
export function KeysStep() {
  const { fields, append, remove } = useFieldArray({ name: 'keys' });
  // After a removal, focus stays in the list, on its Add button.
  const addButton = useRef<HTMLButtonElement>(null);
  return (
    <div className="keys-step">
      <p className="keys-intro">
        Each KMS key in an external key store is backed by one key in your external key manager,
        named by its external key ID. These KMS keys are always single-Region symmetric encryption
        keys, and KMS cannot rotate them automatically.
      </p>
      <FieldGroup name="keys" legend="KMS keys">
        {fields.length === 0 && <p className="keys-empty">No keys planned yet.</p>}
        {fields.map((field, index) => (
          <FieldGroup key={field.id} name={`keys.${index}`} legend={`Key ${index + 1}`}>
            <TextField
              name={`keys.${index}.XksKeyId`}
              label="External key ID (XksKeyId)"
              hint="The ID of the key in the external key manager, as the proxy knows it: letters, digits, -, _ and . (up to 128). It can never be changed, so use a stable ID."
              autoComplete="off"
            />
            <TextField
              name={`keys.${index}.AliasName`}
              label="Alias"
              hint="alias/ and a name, e.g. alias/payments. Names under alias/aws/ are reserved for AWS."
              placeholder="alias/"
              autoComplete="off"
            />
            <TextField
              name={`keys.${index}.Description`}
              label="Description"
              hint="Optional, what the key is for."
              autoComplete="off"
            />
            <KeyTags index={index} />
            <AdvancedKeyAttributes index={index} />
            <button
              type="button"
              className="button"
              onClick={() => {
                remove(index);
                addButton.current?.focus();
              }}
            >
              Remove key {index + 1}
            </button>
          </FieldGroup>
        ))}
        <button type="button" className="button" ref={addButton} onClick={() => append({})}>
          Add key
        </button>
      </FieldGroup>
    </div>
  );
}

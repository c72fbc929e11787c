/** One planned KMS key of the "Keys" step: its tags and its advanced CreateKey attributes. */
import { useLayoutEffect, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { useFindingsAt } from '@/components/ui/form/field-findings-context';
import { ListField } from '@/components/ui/form/list-field';
import { SelectField, TextField, YesNoField, type Option } from '@/components/ui/form/fields';
import { kmsEnums } from '@/domain/aws/kms-api-formats';
import type { PlannedKey } from '@/domain/plan/plan-schema';

/** The CreateKey value a key in an external key store must have, or the one it gets by default. */
const validValues = {
  KeySpec: 'SYMMETRIC_DEFAULT',
  KeyUsage: 'ENCRYPT_DECRYPT',
  Origin: 'EXTERNAL_KEY_STORE',
} as const;

const optionsOf = (values: readonly string[], valid: string): Option[] =>
  values.map((value) => ({
    value,
    label: value === valid ? `${value} (the only valid value)` : value,
  }));

const keySpecOptions = optionsOf(kmsEnums.KeySpec, validValues.KeySpec);
const keyUsageOptions = optionsOf(kmsEnums.KeyUsageType, validValues.KeyUsage);
const originOptions = optionsOf(kmsEnums.OriginType, validValues.Origin);

/** Whether any advanced attribute of the key has a value KMS refuses for this key store. */
function hasWrongAdvancedValue(key: PlannedKey | undefined): boolean {
  if (!key) return false;
  return (
    (key.KeySpec !== undefined && key.KeySpec !== validValues.KeySpec) ||
    (key.KeyUsage !== undefined && key.KeyUsage !== validValues.KeyUsage) ||
    (key.Origin !== undefined && key.Origin !== validValues.Origin) ||
    key.MultiRegion === true ||
    key.automaticRotation === true
  );
}

/**
 * KeySpec, KeyUsage, Origin, MultiRegion and automatic rotation: each has one valid value, so
 * they are tucked away, and open by themselves when one is wrong so that its finding is seen.
 */
export function AdvancedKeyAttributes({ index }: { readonly index: number }) {
  const name = `keys.${index}`;
  const key = useWatch({ name }) as PlannedKey | undefined;
  const pointer = `/keys/${index}`;
  const findingCount =
    useFindingsAt(`${pointer}/KeySpec`).length +
    useFindingsAt(`${pointer}/KeyUsage`).length +
    useFindingsAt(`${pointer}/Origin`).length +
    useFindingsAt(`${pointer}/MultiRegion`).length +
    useFindingsAt(`${pointer}/automaticRotation`).length;
  const needsAttention = hasWrongAdvancedValue(key) || findingCount > 0;
  const details = useRef<HTMLDetailsElement>(null);
  // Opens when something becomes wrong; never closes what the user opened.
  useLayoutEffect(() => {
    if (needsAttention && details.current) details.current.open = true;
  }, [needsAttention]);
  return (
    <details className="keys-advanced" ref={details}>
      <summary>
        Advanced key attributes of key {index + 1}
        {needsAttention && <span className="keys-attention"> — needs attention</span>}
      </summary>
      <p className="field-hint">
        CreateKey parameters with only one valid value for a key in an external key store. Leave
        them not stated unless your tooling sets them.
      </p>
      <SelectField
        name={`${name}.KeySpec`}
        label="Key spec"
        hint="Only SYMMETRIC_DEFAULT (the default): a 256-bit symmetric encryption key."
        options={keySpecOptions}
      />
      <SelectField
        name={`${name}.KeyUsage`}
        label="Key usage"
        hint="Only ENCRYPT_DECRYPT (the default)."
        options={keyUsageOptions}
      />
      <SelectField
        name={`${name}.Origin`}
        label="Origin"
        hint="Only EXTERNAL_KEY_STORE: the key material stays in the external key manager."
        options={originOptions}
      />
      <YesNoField
        name={`${name}.MultiRegion`}
        label="Multi-Region key"
        hint="Must be No: keys in an external key store are single-Region."
      />
      <YesNoField
        name={`${name}.automaticRotation`}
        label="Automatic key rotation"
        hint="Must be No: KMS cannot rotate keys in an external key store. To rotate, create a new key with a new external key and move the alias to it."
      />
    </details>
  );
}

/** The tags of one key, as pairs of key and value. */
export function KeyTags({ index }: { readonly index: number }) {
  const keyNumber = index + 1;
  return (
    <ListField
      name={`keys.${index}.Tags`}
      legend={`Tags of key ${keyNumber}`}
      hint="Optional, up to 50 per key, each tag key only once."
      itemLegend={(tagIndex) => `Tag ${tagIndex + 1} of key ${keyNumber}`}
      addLabel={`Add a tag to key ${keyNumber}`}
      removeLabel={(tagIndex) => `Remove tag ${tagIndex + 1} of key ${keyNumber}`}
      // AWS allows an empty tag value, so a new tag's value starts empty rather than unstated.
      newItem={{ TagValue: '' }}
    >
      {(tag, tagIndex) => (
        <div className="keys-tag-row">
          <TextField name={`${tag}.TagKey`} label={`Tag ${tagIndex + 1} key`} autoComplete="off" />
          <TextField
            name={`${tag}.TagValue`}
            label={`Tag ${tagIndex + 1} value`}
            hint="May be left empty."
            autoComplete="off"
            emptyIsAValue
          />
        </div>
      )}
    </ListField>
  );
}

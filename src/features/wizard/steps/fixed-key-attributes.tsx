import { useFormContext, useWatch } from 'react-hook-form';
import { useFindingsAt } from '@/components/ui/form/field-findings-context';
import { SelectField, YesNoField, type Option } from '@/components/ui/form/fields';
import { kmsEnums } from '@/domain/aws/kms-api-formats';
import type { Plan, PlannedKey } from '@/domain/plan/plan-schema';
import { guide } from '@/domain/rules/support/sources';
import { ExternalLink } from '@/components/ui/external-link';
import { sourceLabel } from '@/components/ui/source-label';

const fixedAttributesSource = guide('create-xks-keys.html#xks-key-requirements');

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

type FixedAttribute = 'KeySpec' | 'KeyUsage' | 'Origin' | 'MultiRegion' | 'automaticRotation';

/** Whether the key states an attribute with a value KMS refuses for a key in this key store. */
function statesWrongValue(key: PlannedKey | undefined, attribute: FixedAttribute): boolean {
  const value = key?.[attribute];
  if (value === undefined) return false;
  if (attribute === 'MultiRegion' || attribute === 'automaticRotation') return value === true;
  return value !== validValues[attribute];
}

/**
 * KeySpec, KeyUsage, Origin, MultiRegion and automatic rotation each have one valid value for a
 * key in an external key store, so they are shown as facts, not asked. A plan that states another
 * value (an import) shows that attribute's field, with its finding, until it is put right.
 */
export function FixedKeyAttributes({ index }: { readonly index: number }) {
  const name = `keys.${index}` as const;
  // Only whether each attribute is wrong is watched: a keystroke in the key's ID, alias or
  // description leaves that as it was, and this part of the row is not rendered again.
  const { control } = useFormContext<Plan>();
  const wrong: Record<FixedAttribute, boolean> = useWatch({
    control,
    name,
    compute: (key) => ({
      KeySpec: statesWrongValue(key, 'KeySpec'),
      KeyUsage: statesWrongValue(key, 'KeyUsage'),
      Origin: statesWrongValue(key, 'Origin'),
      MultiRegion: statesWrongValue(key, 'MultiRegion'),
      automaticRotation: statesWrongValue(key, 'automaticRotation'),
    }),
  });
  const pointer = `/keys/${index}`;
  const findings = {
    KeySpec: useFindingsAt(`${pointer}/KeySpec`).length,
    KeyUsage: useFindingsAt(`${pointer}/KeyUsage`).length,
    Origin: useFindingsAt(`${pointer}/Origin`).length,
    MultiRegion: useFindingsAt(`${pointer}/MultiRegion`).length,
    automaticRotation: useFindingsAt(`${pointer}/automaticRotation`).length,
  };
  const shown = (attribute: FixedAttribute) => wrong[attribute] || findings[attribute] > 0;
  return (
    <div className="keys-fixed">
      <p className="field-hint">
        Fixed by AWS for every key in an external key store: key spec{' '}
        <code>{validValues.KeySpec}</code>, key usage <code>{validValues.KeyUsage}</code>, origin{' '}
        <code>{validValues.Origin}</code>, single-Region, no automatic rotation (
        <ExternalLink href={fixedAttributesSource}>
          {sourceLabel(fixedAttributesSource)}
        </ExternalLink>
        ).
      </p>
      {shown('KeySpec') && (
        <SelectField
          name={`${name}.KeySpec`}
          label="Key spec"
          hint="Only SYMMETRIC_DEFAULT (the default): a 256-bit symmetric encryption key."
          options={keySpecOptions}
        />
      )}
      {shown('KeyUsage') && (
        <SelectField
          name={`${name}.KeyUsage`}
          label="Key usage"
          hint="Only ENCRYPT_DECRYPT (the default)."
          options={keyUsageOptions}
        />
      )}
      {shown('Origin') && (
        <SelectField
          name={`${name}.Origin`}
          label="Origin"
          hint="Only EXTERNAL_KEY_STORE: the key material stays in the external key manager."
          options={originOptions}
        />
      )}
      {shown('MultiRegion') && (
        <YesNoField
          name={`${name}.MultiRegion`}
          label="Multi-Region key"
          hint="Must be No: keys in an external key store are single-Region."
        />
      )}
      {shown('automaticRotation') && (
        <YesNoField
          name={`${name}.automaticRotation`}
          label="Automatic key rotation"
          hint="Must be No: KMS cannot rotate keys in an external key store. To rotate, create a new key with a new external key and move the alias to it."
        />
      )}
    </div>
  );
}

import { TextField } from '@/components/ui/form/fields';
import { ListField } from '@/components/ui/form/list-field';
import { ExistingAliasesStatement } from './account-statements';
import { FixedKeyAttributes } from './fixed-key-attributes';
import { KeyTags } from './key-tags';
import './keys-step.css';

/** The KMS keys to create in the external key store, each backed by an external key. */
export function KeysStep() {
  return (
    <div className="keys-step">
      <p className="keys-intro">
        Each KMS key in an external key store is backed by one key in your external key manager,
        named by its external key ID. These KMS keys are always single-Region symmetric encryption
        keys, and KMS cannot rotate them automatically.
      </p>
      <ListField
        name="keys"
        legend="KMS keys"
        emptyText="No keys planned yet."
        itemLegend={(index) => `Key ${index + 1}`}
        addLabel="Add key"
        removeLabel={(index) => `Remove key ${index + 1}`}
      >
        {(key, index) => (
          <>
            <TextField
              name={`${key}.XksKeyId`}
              label="External key ID (XksKeyId)"
              hint="The ID of the key in the external key manager, as the proxy knows it: letters, digits, -, _ and . (up to 128). It can never be changed, so use a stable ID."
              autoComplete="off"
            />
            <TextField
              name={`${key}.AliasName`}
              label="Alias"
              hint="alias/ and a name, e.g. alias/payments. Names under alias/aws/ are reserved for AWS."
              placeholder="alias/"
              autoComplete="off"
            />
            <TextField
              name={`${key}.Description`}
              label="Description"
              hint="Optional, what the key is for."
              autoComplete="off"
            />
            <KeyTags index={index} />
            <FixedKeyAttributes index={index} />
          </>
        )}
      </ListField>
      <ExistingAliasesStatement />
    </div>
  );
}

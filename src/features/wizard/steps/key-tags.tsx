import { ListField } from '@/components/ui/form/list-field';
import { TextField } from '@/components/ui/form/fields';

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

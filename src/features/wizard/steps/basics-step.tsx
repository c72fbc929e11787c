import { useState } from 'react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { FieldGroup } from '@/components/ui/form/field-group';
import { FieldShell } from '@/components/ui/form/field-shell';
import { SelectField, TextField, type Option } from '@/components/ui/form/fields';
import { awsRegions, supportsExternalKeyStores, type AwsRegion } from '@/domain/aws/regions';
import type { Plan } from '@/domain/plan/plan-schema';
import { compareNames } from '@/domain/text/compare-names';
import { CredentialGenerator } from '../credential/credential-generator';
import { Derived } from '../components/derived';
import { ExistingKeyStoresStatement } from './account-statements';
import {
  pathFromPrefix,
  pathSuffix,
  prefixState,
  showsState,
  type PrefixState,
} from './uri-path-prefix';
import './basics-step.css';

/** Commercial Regions first, then the other partitions, China last; by name within each. */
const partitionOrder: Record<AwsRegion['partition'], number> = {
  aws: 0,
  'aws-us-gov': 1,
  'aws-eusc': 2,
  'aws-cn': 3,
};

const regionOptions: readonly Option[] = [...awsRegions]
  .sort(
    (a, b) =>
      partitionOrder[a.partition] - partitionOrder[b.partition] || compareNames(a.name, b.name),
  )
  .map((region) => ({
    value: region.code,
    label: supportsExternalKeyStores(region)
      ? `${region.name} — ${region.code}`
      : `${region.name} — ${region.code} (not supported for external key stores)`,
  }));

/** The Region list, plus the plan's value when it is not a known Region, so it stays visible. */
function useRegionOptions(): readonly Option[] {
  const region = useWatch<Plan, 'region'>({ name: 'region' });
  if (region === undefined || regionOptions.some((option) => option.value === region)) {
    return regionOptions;
  }
  return [...regionOptions, { value: region, label: `${region} (not a known AWS Region)` }];
}

const pathName = 'keyStore.XksProxyUriPath' as const;

/**
 * XksProxyUriPath as the console asks for it: the user types only the prefix, and /kms/xks/v1 is
 * fixed. A stored path that does not end in /kms/xks/v1 is shown whole and kept as typed.
 */
function UriPathField() {
  const { control: formControl } = useFormContext<Plan>();
  // Read through useWatch: a Controller's field.value falls back to the value it mounted with
  // when the path becomes undefined, which would show a path the plan no longer has.
  const value = useWatch<Plan, typeof pathName>({ name: pathName });
  return (
    <Controller
      name={pathName}
      control={formControl}
      render={({ field }) => (
        <FieldShell
          name={pathName}
          label="Proxy URI path prefix"
          hint={
            <>
              Optional. Type only the prefix your proxy documents, e.g. <code>/finance</code>; the
              path always ends in <code>{pathSuffix}</code>. One proxy can serve several key stores
              under different prefixes.
            </>
          }
        >
          {(control) => (
            <UriPathInput
              {...control}
              value={value}
              onChange={field.onChange}
              onBlur={field.onBlur}
            />
          )}
        </FieldShell>
      )}
    />
  );
}

function UriPathInput({
  value,
  onChange,
  onBlur,
  ...control
}: {
  readonly id: string;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-invalid': boolean;
  readonly value: string | undefined;
  readonly onChange: (value: string | undefined) => void;
  readonly onBlur: () => void;
}) {
  // What the box shows; the form holds the whole path. Re-derived when the form changes from outside.
  const [state, setState] = useState<PrefixState>(() => prefixState(value));
  if (!showsState(state, value)) setState(prefixState(value));
  const whole = state.mode === 'whole';
  const fullPathId = `${control.id}-full`;
  return (
    <>
      <div className="input-affixes">
        <input
          className="input"
          type="text"
          spellCheck={false}
          autoComplete="off"
          placeholder={whole ? undefined : '/example-prefix'}
          {...control}
          aria-describedby={[control['aria-describedby'], fullPathId].filter(Boolean).join(' ')}
          value={state.text}
          onChange={(event) => {
            const text = event.target.value;
            if (whole) {
              // An emptied whole path is "not stated"; the box goes back to taking a prefix.
              setState(text === '' ? prefixState(undefined) : { mode: 'whole', text });
              onChange(text === '' ? undefined : text);
            } else if (text.endsWith(pathSuffix)) {
              // A whole path pasted into the prefix box: keep it as it is, shown as its prefix.
              const path = text.startsWith('/') ? text : `/${text}`;
              setState(prefixState(path));
              onChange(path);
            } else {
              setState({ mode: 'prefix', text });
              onChange(pathFromPrefix(text));
            }
          }}
          onBlur={onBlur}
        />
        {!whole && <span className="affix">{pathSuffix}</span>}
      </div>
      <p className="uri-path-full" id={fullPathId}>
        {value === undefined ? (
          <>
            Path: not stated yet.{' '}
            <button
              type="button"
              className="button button-link"
              onClick={() => onChange(pathFromPrefix(''))}
            >
              Use {pathSuffix} without a prefix
            </button>
          </>
        ) : whole ? (
          <>
            This path does not end in <code>{pathSuffix}</code>, so the whole path is shown for you
            to correct.
          </>
        ) : (
          <>
            Full path: <code>{value}</code>
          </>
        )}
      </p>
    </>
  );
}

/** Region, account, store name, proxy URI and the proxy credential's access key ID. */
export function BasicsStep() {
  const regions = useRegionOptions();
  return (
    <>
      <section aria-labelledby="basics-plan-heading">
        <h3 id="basics-plan-heading">Plan, Region and account</h3>
        <TextField
          name="title"
          hint="For you and your reviewers, e.g. “Finance keys in our Dublin HSMs”."
        />
        <SelectField
          name="region"
          hint="The key store and its keys live in one Region. Choose the one closest to your key manager: AWS advises a round trip of 35 ms or less."
          options={regions}
        />
        <TextField
          name="accountId"
          hint="The 12-digit account that will own the key store, e.g. 111122223333."
          inputMode="numeric"
          autoComplete="off"
        />
        <ExistingKeyStoresStatement />
      </section>

      <FieldGroup
        name="keyStore"
        legend="Key store"
        hint="What AWS KMS needs to create the store (the CreateCustomKeyStore request)."
      >
        <TextField
          name="keyStore.CustomKeyStoreName"
          hint="Unique among the custom key stores of the account in this Region, e.g. finance-xks. It can appear in CloudTrail logs in plain text, so put nothing secret in it."
        />
        <Derived name="keyStore.CustomKeyStoreType" label="Key store type" />
        <Derived
          name="keyStore.XksProxyUriEndpoint"
          label="Proxy URI endpoint"
          otherwise={
            <TextField
              name="keyStore.XksProxyUriEndpoint"
              hint="https:// and the host name only: no port (KMS always uses 443) and no path."
              placeholder="https://myproxy.xks.example.com"
              inputMode="url"
              autoComplete="off"
            />
          }
        />
        <UriPathField />
        <FieldGroup
          name="keyStore.XksProxyAuthenticationCredential"
          legend="Proxy authentication credential"
        >
          <TextField
            name="keyStore.XksProxyAuthenticationCredential.AccessKeyId"
            hint="20 to 30 characters, capital letters A–Z and digits 2–7. The secret access key is never part of the plan."
            autoComplete="off"
          />
          <CredentialGenerator />
        </FieldGroup>
      </FieldGroup>
    </>
  );
}

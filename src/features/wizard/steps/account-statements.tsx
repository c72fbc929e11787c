import { useId, useState, type ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { FieldShell } from '@/components/ui/form/field-shell';
import { maxDocumentBytes, parseDocumentText } from '@/domain/check/check-document';
import {
  describeKeyStoresCommand,
  existingKeyStoresFromDescribeOutput,
} from '@/domain/plan/describe-key-stores';
import { existingAliasesFromListOutput, listAliasesCommand } from '@/domain/plan/list-aliases';
import type { Plan } from '@/domain/plan/plan-schema';
import { StepLink } from '../components/step-link';

type Inventory = 'existingKeyStores' | 'existingAliases';

/** "1 alias", "3 custom key stores". */
const countOf = (count: number, [one, many]: readonly [string, string]) =>
  `${count === 0 ? 'no' : count} ${count === 1 ? one : many}`;

/**
 * What the account already has in the Region, as a fact: "none", or the list AWS prints. Not
 * stated (undefined) means not known, so the rules that need it stay unknown rather than pass.
 */
function AccountStatement<Name extends Inventory>({
  name,
  label,
  hint,
  none,
  nouns,
  command,
  read,
  listed,
}: {
  readonly name: Name;
  readonly label: string;
  readonly hint: string;
  /** The words of the "none" choice. */
  readonly none: string;
  readonly nouns: readonly [string, string];
  /** The AWS CLI command whose JSON output can be imported. */
  readonly command: string;
  readonly read: (
    value: unknown,
  ) => { readonly items: NonNullable<Plan[Name]> } | { readonly unusable: string };
  /** Where a stated list of items is shown, e.g. a link to the step listing them. */
  readonly listed: (count: number) => ReactNode;
}) {
  const { setValue } = useFormContext<Plan>();
  const items = useWatch<Plan, Name>({ name }) as Plan[Name];
  const [problem, setProblem] = useState<string>();
  const [imported, setImported] = useState<string>();
  const fileId = useId();
  const set = (value: Plan[Name]) =>
    setValue(name, value as never, { shouldDirty: true, shouldValidate: true });

  async function importFile(file: File) {
    setProblem(undefined);
    setImported(undefined);
    if (file.size > maxDocumentBytes) {
      setProblem(`${file.name}: the file is larger than ${maxDocumentBytes / 1024 / 1024} MB`);
      return;
    }
    const parsed = parseDocumentText(await file.text());
    const reading = 'unusable' in parsed ? parsed : read(parsed.value);
    if ('unusable' in reading) {
      setProblem(`${file.name}: ${reading.unusable}`);
      return;
    }
    set(reading.items);
    setImported(`${file.name}: ${countOf(reading.items.length, nouns)} imported.`);
  }

  return (
    <FieldShell name={name} label={label} as="fieldset" hint={hint}>
      {(control) => (
        <div className="account-statement">
          <div className="choice-row" aria-describedby={control['aria-describedby']}>
            <label className="choice">
              <input
                type="radio"
                name={control.id}
                checked={items === undefined}
                onChange={() => set(undefined)}
              />
              Not stated yet
            </label>
            <label className="choice">
              <input
                type="radio"
                name={control.id}
                checked={items !== undefined && items.length === 0}
                onChange={() => set([] as Plan[Name])}
              />
              {none}
            </label>
            {items !== undefined && items.length > 0 && (
              <label className="choice">
                <input type="radio" name={control.id} checked readOnly />
                {listed(items.length)}
              </label>
            )}
          </div>
          <p className="field-hint">
            <label htmlFor={fileId}>
              Import the output of <code>{command}</code>
            </label>{' '}
            (run it with the account and Region of this plan; it lists names and settings, never
            secrets).
          </p>
          <input
            id={fileId}
            type="file"
            accept=".json,application/json"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void importFile(file);
            }}
          />
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
          {imported && <p role="status">{imported}</p>}
        </div>
      )}
    </FieldShell>
  );
}

/** The account's other custom key stores in the Region: the quota and uniqueness rules need them. */
export function ExistingKeyStoresStatement() {
  return (
    <AccountStatement
      name="existingKeyStores"
      label="Other custom key stores in this Region"
      hint="KMS allows at most 10 custom key stores per account and Region, and refuses a name, endpoint or endpoint service another store uses. The plan can be judged on that only when it says what the account already has."
      none="This account has no other custom key stores in the Region"
      nouns={['custom key store', 'custom key stores']}
      command={describeKeyStoresCommand}
      read={(value) => {
        const reading = existingKeyStoresFromDescribeOutput(value);
        return 'unusable' in reading ? reading : { items: reading.existingKeyStores };
      }}
      listed={(count) => (
        <>
          It has {count}, listed on <StepLink step="operations">“Operations”</StepLink>
        </>
      )}
    />
  );
}

/** The account's aliases in the Region: a planned alias must be new there. */
export function ExistingAliasesStatement() {
  return (
    <AccountStatement
      name="existingAliases"
      label="Aliases already in this account and Region"
      hint="An alias names one key per account and Region: CreateAlias refuses an alias that already exists. AWS’s own aliases (alias/aws/…) are left out."
      none="None of the aliases planned here exists yet"
      nouns={['alias', 'aliases']}
      command={listAliasesCommand}
      read={(value) => {
        const reading = existingAliasesFromListOutput(value);
        return 'unusable' in reading ? reading : { items: reading.existingAliases };
      }}
      listed={(count) => <>The account has {countOf(count, ['alias', 'aliases'])} (imported)</>}
    />
  );
}

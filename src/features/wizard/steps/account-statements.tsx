import { useId, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { FieldShell } from '@/components/ui/form/field-shell';
import { maxDocumentBytes, parseDocumentText } from '@/domain/check/check-document';
import {
  describeKeyStoresCommand,
  existingKeyStoresFromDescribeOutput,
} from '@/domain/plan/describe-key-stores';
import type { Plan } from '@/domain/plan/plan-schema';
import { StepLink } from '../components/step-link';

const name = 'existingKeyStores' as const;

/**
 * What the account already has in the Region, as a fact: "none", or the stores AWS lists. Not
 * stated (undefined) means not known, so the quota and name rules stay unknown rather than pass.
 */
export function ExistingKeyStoresStatement() {
  const { setValue } = useFormContext<Plan>();
  const stores = useWatch<Plan, typeof name>({ name });
  const [problem, setProblem] = useState<string>();
  const [imported, setImported] = useState<string>();
  const fileId = useId();
  const set = (value: Plan['existingKeyStores']) =>
    setValue(name, value, { shouldDirty: true, shouldValidate: true });

  async function importFile(file: File) {
    setProblem(undefined);
    setImported(undefined);
    if (file.size > maxDocumentBytes) {
      setProblem(`${file.name}: the file is larger than ${maxDocumentBytes / 1024 / 1024} MB`);
      return;
    }
    const parsed = parseDocumentText(await file.text());
    const reading =
      'unusable' in parsed ? parsed : existingKeyStoresFromDescribeOutput(parsed.value);
    if ('unusable' in reading) {
      setProblem(`${file.name}: ${reading.unusable}`);
      return;
    }
    set(reading.existingKeyStores);
    const count = reading.existingKeyStores.length;
    setImported(
      `${file.name}: ${count === 0 ? 'no custom key stores' : `${count} custom key ${count === 1 ? 'store' : 'stores'}`} imported.`,
    );
  }

  return (
    <FieldShell
      name={name}
      label="Other custom key stores in this Region"
      as="fieldset"
      hint="KMS allows at most 10 custom key stores per account and Region, and refuses a name, endpoint or endpoint service another store uses. The plan can be judged on that only when it says what the account already has."
    >
      {(control) => (
        <div className="existing-key-stores">
          <div className="choice-row" aria-describedby={control['aria-describedby']}>
            <label className="choice">
              <input
                type="radio"
                name={control.id}
                checked={stores === undefined}
                onChange={() => set(undefined)}
              />
              Not stated yet
            </label>
            <label className="choice">
              <input
                type="radio"
                name={control.id}
                checked={stores !== undefined && stores.length === 0}
                onChange={() => set([])}
              />
              This account has no other custom key stores in the Region
            </label>
            {stores !== undefined && stores.length > 0 && (
              <label className="choice">
                <input type="radio" name={control.id} checked readOnly />
                It has {stores.length}, listed on{' '}
                <StepLink step="operations">“Operations”</StepLink>
              </label>
            )}
          </div>
          <p className="field-hint">
            <label htmlFor={fileId}>
              Import the output of <code>{describeKeyStoresCommand}</code>
            </label>{' '}
            (run it with the account and Region of this plan; it lists names, types and proxy
            settings, never secrets).
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
          {imported && (
            <p role="status">
              {imported} <StepLink step="operations">See them on “Operations”</StepLink>.
            </p>
          )}
        </div>
      )}
    </FieldShell>
  );
}

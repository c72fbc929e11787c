import { useId, useState, type DragEvent } from 'react';
import { useFormContext } from 'react-hook-form';
import type { Plan } from '@/domain/plan/plan-schema';
import type { ImportProblem } from './read-imported-file';
import { keepSessionSecret } from './session-secret';
import './file-import.css';

type Outcome =
  | { readonly kind: 'filled'; readonly file: string; readonly what: string }
  | {
      readonly kind: 'refused';
      readonly file: string;
      readonly problems: readonly ImportProblem[];
    };

/** "the path, the access key ID and the secret" from what a proxy configuration file held. */
function listInWords(items: readonly string[]): string {
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Imports a file by picker or drag-and-drop: a plan file (of any version the planner reads) or the
 * KMS console's proxy configuration file. A plan goes to `onPlan`, which decides whether to ask
 * before replacing the current plan and calls `keep` once it has; a proxy configuration file fills
 * the URI path and access key ID. A secret in either is kept for this session only. A file that
 * cannot be used changes nothing and lists its problems.
 */
export function FileImport({
  onPlan,
}: {
  readonly onPlan: (plan: Plan, file: string, keep: () => void) => void;
}) {
  const { getValues, setValue } = useFormContext<Plan>();
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const [dragging, setDragging] = useState(false);

  const importFile = async (file: File) => {
    setOutcome(undefined);
    const refuse = (message: string) =>
      setOutcome({ kind: 'refused', file: file.name, problems: [{ path: '', message }] });
    // The reader (and the schema and rules behind it) loads on first use, off the page's start.
    const { readImportedFile, maxImportBytes, tooLargeProblem } =
      await import('./read-imported-file');
    // The size is checked before reading, so a huge file is never loaded.
    if (file.size > maxImportBytes) return refuse(tooLargeProblem);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return refuse('the file cannot be read');
    }
    const imported = readImportedFile(text);
    if (imported.kind === 'unusable') {
      setOutcome({ kind: 'refused', file: file.name, problems: imported.problems });
      return;
    }
    if (imported.kind === 'plan') {
      const planKeyId = imported.plan.keyStore?.XksProxyAuthenticationCredential?.AccessKeyId;
      onPlan(imported.plan, file.name, () => keepSessionSecret(imported.secret, planKeyId));
      return;
    }
    const options = { shouldDirty: true, shouldTouch: true, shouldValidate: true };
    const filled: string[] = [];
    if (imported.uriPath !== undefined) {
      setValue('keyStore.XksProxyUriPath', imported.uriPath, options);
      filled.push('the proxy URI path');
    }
    if (imported.accessKeyId !== undefined) {
      setValue(
        'keyStore.XksProxyAuthenticationCredential.AccessKeyId',
        imported.accessKeyId,
        options,
      );
      filled.push('the access key ID');
    }
    if (imported.secret !== undefined) {
      // Paired with the file's access key ID, or with the plan's when the file has none.
      keepSessionSecret(
        imported.secret,
        imported.accessKeyId ?? getValues('keyStore.XksProxyAuthenticationCredential.AccessKeyId'),
      );
      filled.push('the secret access key (kept for this session only, for the export step)');
    }
    setOutcome({ kind: 'filled', file: file.name, what: listInWords(filled) });
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void importFile(file);
  };

  return (
    // Dropping is a pointer shortcut for the file input inside, which is the keyboard's way in.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      className={`file-import${dragging ? ' file-import-dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label className="field-label" htmlFor={`${id}-file`}>
        Plan file or proxy configuration file
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        Choose a file or drop it here: a plan file (JSON), an{' '}
        <code>aws kms create-custom-key-store --cli-input-json</code> file, or the KMS console’s
        proxy configuration file. It is read in this browser only.
      </p>
      <input
        id={`${id}-file`}
        className="file-import-input"
        type="file"
        accept=".json,application/json"
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared, so that choosing the same file again imports it again.
          event.currentTarget.value = '';
          if (file) void importFile(file);
        }}
      />
      <div role="status" className="file-import-status">
        {outcome?.kind === 'filled' && (
          <p>
            From “{outcome.file}”: filled in {outcome.what}.
          </p>
        )}
      </div>
      <div role="alert" className="file-import-problems">
        {outcome?.kind === 'refused' && (
          <>
            <p>
              <strong>“{outcome.file}” cannot be imported</strong>; nothing was changed:
            </p>
            <ul>
              {outcome.problems.map((problem, index) => (
                <li key={index}>
                  {problem.path === '' ? (
                    'The file: '
                  ) : (
                    <>
                      <code>{problem.path}</code>:{' '}
                    </>
                  )}
                  {problem.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}

import { useId, useRef, useState, type DragEvent } from 'react';
import { useFormContext } from 'react-hook-form';
import type { Plan } from '@/domain/plan/plan-schema';
import { readOffMainThread } from './off-main-thread';
import type { ImportProblem } from './read-imported-file';
import { keepSessionSecret } from './session-secret';
import './file-import.css';

type Outcome =
  | {
      readonly kind: 'filled';
      readonly file: string;
      readonly what: string;
      /** What the user had entered and chose to keep, in words; '' when nothing was kept. */
      readonly kept: string;
    }
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

/** What a proxy configuration file offers to fill in. */
interface ProxyFill {
  readonly file: string;
  readonly uriPath?: string;
  readonly accessKeyId?: string;
  readonly secret?: string;
}

/** A field the user filled in that the file would change. */
interface Clash {
  readonly field: 'uriPath' | 'accessKeyId';
  readonly label: string;
  readonly yours: string;
  readonly file: string;
}

const uriPathField = 'keyStore.XksProxyUriPath';
const accessKeyIdField = 'keyStore.XksProxyAuthenticationCredential.AccessKeyId';

/**
 * Imports a file by picker or drag-and-drop: a plan file (of any version the planner reads) or the
 * KMS console's proxy configuration file. A plan goes to `onPlan`, which decides whether to ask
 * before replacing the current plan and calls `keep` once it has; a proxy configuration file fills
 * the URI path and access key ID, asking first when that would change what the user entered
 * (keeping it is the default). A secret in either is kept for this session only. A file that
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
  const dialog = useRef<HTMLDialogElement>(null);
  /** A proxy configuration file waiting for the user's answer. */
  const pending = useRef<ProxyFill | undefined>(undefined);
  const [clashes, setClashes] = useState<readonly Clash[]>([]);

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
    const imported = await readOffMainThread('import', text, () => readImportedFile(text));
    if (imported.kind === 'unusable') {
      setOutcome({ kind: 'refused', file: file.name, problems: imported.problems });
      return;
    }
    if (imported.kind === 'plan') {
      const planKeyId = imported.plan.keyStore?.XksProxyAuthenticationCredential?.AccessKeyId;
      onPlan(imported.plan, file.name, () => keepSessionSecret(imported.secret, planKeyId));
      return;
    }
    const fill: ProxyFill = { file: file.name, ...imported };
    const found = clashesWith(fill);
    if (found.length === 0) return fillIn(fill, false);
    pending.current = fill;
    setClashes(found);
    dialog.current?.showModal();
  };

  /** The fields the user entered that the file holds another value for. */
  const clashesWith = (fill: ProxyFill): Clash[] => {
    const clashes: Clash[] = [];
    const yourPath = getValues(uriPathField);
    if (fill.uriPath !== undefined && yourPath && yourPath !== fill.uriPath) {
      clashes.push({
        field: 'uriPath',
        label: 'Proxy URI path',
        yours: yourPath,
        file: fill.uriPath,
      });
    }
    const yourKeyId = getValues(accessKeyIdField);
    if (fill.accessKeyId !== undefined && yourKeyId && yourKeyId !== fill.accessKeyId) {
      clashes.push({
        field: 'accessKeyId',
        label: 'Access key ID',
        yours: yourKeyId,
        file: fill.accessKeyId,
      });
    }
    return clashes;
  };

  /** Fills in the file's values; with `keepYours`, not where they would change what was entered. */
  const fillIn = (fill: ProxyFill, keepYours: boolean) => {
    const clashing = new Set(keepYours ? clashesWith(fill).map((clash) => clash.field) : []);
    const options = { shouldDirty: true, shouldTouch: true, shouldValidate: true };
    const filled: string[] = [];
    const kept: string[] = [];
    if (fill.uriPath !== undefined) {
      if (clashing.has('uriPath')) {
        kept.push('the proxy URI path');
      } else {
        setValue(uriPathField, fill.uriPath, options);
        filled.push('the proxy URI path');
      }
    }
    if (fill.accessKeyId !== undefined) {
      if (clashing.has('accessKeyId')) {
        kept.push('the access key ID');
      } else {
        setValue(accessKeyIdField, fill.accessKeyId, options);
        filled.push('the access key ID');
      }
    }
    if (fill.secret !== undefined) {
      if (clashing.has('accessKeyId')) {
        // The secret belongs to the file's access key ID, which was not taken: never paired
        // with another credential's ID, it is not kept.
        kept.push('the secret access key (the file’s secret belongs to its own access key ID)');
      } else {
        // Paired with the file's access key ID, or with the plan's when the file has none.
        keepSessionSecret(fill.secret, fill.accessKeyId ?? getValues(accessKeyIdField));
        filled.push('the secret access key (kept for this session only, for the export step)');
      }
    }
    setOutcome({
      kind: 'filled',
      file: fill.file,
      what: listInWords(filled),
      kept: listInWords(kept),
    });
  };

  /** The answer to the dialog; closing it any other way (Escape) keeps what the user entered. */
  const decide = (keepYours: boolean) => {
    const fill = pending.current;
    pending.current = undefined;
    dialog.current?.close();
    if (fill) fillIn(fill, keepYours);
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
            From “{outcome.file}”:{' '}
            {outcome.what === '' ? 'nothing filled in' : `filled in ${outcome.what}`}.
            {outcome.kept !== '' && <> Kept what you entered instead of {outcome.kept}.</>}
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
      <dialog
        ref={dialog}
        className="dialog"
        aria-labelledby={`${id}-clash-heading`}
        aria-describedby={`${id}-clash-text`}
        onClose={() => decide(true)}
      >
        <h2 id={`${id}-clash-heading`}>Replace what you entered?</h2>
        <p id={`${id}-clash-text`}>
          The proxy configuration file holds other values than you entered:
        </p>
        <dl className="file-import-clashes">
          {clashes.map((clash) => (
            <div key={clash.field}>
              <dt>{clash.label}</dt>
              <dd>
                yours: <code>{clash.yours}</code>; the file’s: <code>{clash.file}</code>
              </dd>
            </div>
          ))}
        </dl>
        {/* showModal focuses the first button, so keeping the user's values is the default. */}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => decide(true)}>
            Keep what I entered
          </button>
          <button type="button" className="button button-danger" onClick={() => decide(false)}>
            Use the file’s values
          </button>
        </div>
      </dialog>
    </div>
  );
}

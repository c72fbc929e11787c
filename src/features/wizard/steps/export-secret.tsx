import { useId } from 'react';

/**
 * The proxy's secret access key, for the proxy configuration file only. The value lives in the
 * export step's state: it is never part of the plan form, so it is never saved, checked or put in
 * the address; it is gone when the user leaves the step.
 */
export function ExportSecret({
  secret,
  onSecretChange,
  include,
  onIncludeChange,
}: {
  readonly secret: string;
  readonly onSecretChange: (secret: string) => void;
  readonly include: boolean;
  readonly onIncludeChange: (include: boolean) => void;
}) {
  const id = useId();
  return (
    <fieldset className="field-group export-secret">
      <legend>The secret in the file</legend>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-secret`}>
          Secret access key — only for this file, never stored or sent
        </label>
        <p className="field-hint" id={`${id}-hint`}>
          The console needs it with the access key ID. Without it the file holds a placeholder to
          replace before you upload it.
        </p>
        <input
          id={`${id}-secret`}
          className="input"
          type="password"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          value={secret}
          onChange={(event) => onSecretChange(event.target.value)}
        />
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={include}
          onChange={(event) => onIncludeChange(event.target.checked)}
        />
        Include the secret in the file
      </label>
      {include && secret === '' && (
        <p className="field-hint">
          Type the secret above: until then the file holds the placeholder.
        </p>
      )}
      {include && secret !== '' && (
        <p className="export-secret-note">
          <span aria-hidden="true">! </span>The file below, its download and the zip now hold the
          secret: keep them out of version control and delete them once the key store is created.
        </p>
      )}
    </fieldset>
  );
}

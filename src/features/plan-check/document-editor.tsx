interface DocumentEditorProps {
  readonly text: string;
  readonly onChange: (text: string) => void;
  /** Id of the message explaining why the text cannot be checked, when it cannot. */
  readonly problemId: string | undefined;
}

/** The JSON the check reads: an example, or whatever the user types or pastes. */
export function DocumentEditor({ text, onChange, problemId }: DocumentEditorProps) {
  return (
    <div className="document-editor">
      <label htmlFor="document-text">Plan or proxy configuration file (JSON)</label>
      <p className="hint" id="document-text-hint">
        Edit the example, or paste your own plan or the proxy configuration file your proxy vendor
        gave you for the KMS console. The check runs as you type.
      </p>
      <textarea
        id="document-text"
        value={text}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={problemId ? `document-text-hint ${problemId}` : 'document-text-hint'}
        aria-invalid={problemId ? true : undefined}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        wrap="off"
        rows={24}
      />
    </div>
  );
}

import { useMemo } from 'react';
import { utf8Length } from '@/domain/encoding/utf8-length';
import { largeInput } from '@/features/share/off-main-thread';

interface DocumentEditorProps {
  readonly text: string;
  readonly onChange: (text: string) => void;
  /** Id of the message explaining why the text cannot be checked, when it cannot. */
  readonly problemId: string | undefined;
}

/** "4.7 MB", "250 KB": the size of a pasted document as a person reads it. */
function sizeInWords(text: string): string {
  const bytes = utf8Length(text);
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.round(bytes / 1024)} KB`;
}

/**
 * The JSON the check reads: an example, or whatever the user types or pastes. A pasted document
 * of `largeInput` characters or more is checked without being put in the text box: the browser
 * takes tens of seconds to lay out megabytes in a text box (issue 13), and a plan that large is
 * not edited by hand.
 */
export function DocumentEditor({ text, onChange, problemId }: DocumentEditorProps) {
  const describedBy = problemId ? `document-text-hint ${problemId}` : 'document-text-hint';
  const isLarge = text.length >= largeInput;
  const size = useMemo(() => (isLarge ? sizeInWords(text) : ''), [isLarge, text]);
  if (isLarge) {
    return (
      <div className="document-editor">
        <p id="document-text-hint" className="hint">
          A pasted document of {size} is checked. It is too large to edit here: edit it in a text
          editor and paste it again, or clear it to type.
        </p>
        <button
          type="button"
          className="button"
          aria-describedby={describedBy}
          onClick={() => onChange('')}
        >
          Clear the pasted document
        </button>
      </div>
    );
  }
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
        onPaste={(event) => {
          const pasted = event.clipboardData.getData('text/plain');
          if (pasted.length < largeInput) return;
          // The whole document replaces the text; the browser never lays it out.
          event.preventDefault();
          onChange(pasted);
        }}
        aria-describedby={describedBy}
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

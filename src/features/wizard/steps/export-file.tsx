import { useId, useMemo } from 'react';
import type { GeneratedFile } from '@/domain/generators';
import { downloadBlob } from '../export/download';
import { downloadName, languageOfPath, mediaTypeOfPath } from '../export/formats';
import type { Highlight } from '../export/highlighter';
import { tokenStyle } from '../export/token-style';
import { useCopy } from '../export/use-copy';
import { useHighlighter } from '../export/use-highlighter';

/** Highlighted lines built as React elements from shiki's tokens (never HTML from a string). */
function HighlightedCode({
  highlight,
  code,
}: {
  readonly highlight: Highlight;
  readonly code: string;
}) {
  const lines = useMemo(() => {
    try {
      const tokens = highlight(code);
      // The file ends with a newline: shiki gives an empty last line for it.
      if (tokens.length > 0 && tokens[tokens.length - 1]!.length === 0) tokens.pop();
      return tokens;
    } catch {
      return undefined;
    }
  }, [highlight, code]);
  if (!lines) return <code>{code}</code>;
  return (
    <code data-highlighted="">
      {lines.map((line, lineIndex) => (
        <span key={lineIndex} className="export-line">
          {line.map((token, tokenIndex) => (
            <span key={tokenIndex} style={tokenStyle(token.htmlStyle)}>
              {token.content}
            </span>
          ))}
          {'\n'}
        </span>
      ))}
    </code>
  );
}

/** One exported file: its name, Copy and Download, and a preview that scrolls in its own box. */
export function ExportFile({ file }: { readonly file: GeneratedFile }) {
  const headingId = useId();
  const language = languageOfPath(file.path);
  const highlight = useHighlighter(language);
  const { copy, message } = useCopy();
  const download = () =>
    downloadBlob(
      downloadName(file.path),
      new Blob([file.content], { type: mediaTypeOfPath(file.path) }),
    );
  return (
    <section className="export-file" aria-labelledby={headingId}>
      <div className="export-file-header">
        <h4 id={headingId}>
          <code>{file.path}</code>
        </h4>
        <div className="export-file-actions">
          <button type="button" className="button" onClick={() => void copy(file.content)}>
            Copy<span className="visually-hidden"> {file.path}</span>
          </button>
          <button type="button" className="button" onClick={download}>
            Download<span className="visually-hidden"> {file.path}</span>
          </button>
          <span role="status" className="export-copied">
            {message}
          </span>
        </div>
      </div>
      <div
        className="export-preview"
        role="region"
        aria-label={`Preview of ${file.path}`}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- keyboard users scroll the box
        tabIndex={0}
      >
        <pre className="export-code">
          {highlight ? (
            <HighlightedCode highlight={highlight} code={file.content} />
          ) : (
            <code>{file.content}</code>
          )}
        </pre>
      </div>
    </section>
  );
}

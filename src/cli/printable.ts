/**
 * Makes text safe for a terminal: control characters (C0 but tab and line feed, DEL and C1) are
 * shown as `\u001b`-style escapes, so a crafted file cannot send terminal escape sequences (OSC 52
 * writes the clipboard in some terminals). In JSON text a control character can only stand inside
 * a string, where the escape reads back as the same character: JSON and SARIF stay valid.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex -- the colours the text format writes itself
const stylesOrControls = /\u001b\[\d+m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const escaped = (character: string) =>
  `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function printable(text: string): string {
  return text.replace(controls, escaped);
}

/**
 * The one filter every text the CLI writes passes through (see `run`). `keepStyles` lets the
 * colour sequences of the text format through (SGR: colours only); plan text in that format is
 * made `printable` before it is painted, so no escape from a file survives as one.
 */
export function terminalSafe(text: string, keepStyles: boolean): string {
  if (!keepStyles) return printable(text);
  return text.replace(stylesOrControls, (match) => (match.length > 1 ? match : escaped(match)));
}

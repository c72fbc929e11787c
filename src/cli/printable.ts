/**
 * Makes text from the checked files (values quoted in messages, file names) safe for a terminal:
 * control characters are shown as `\u001b`-style escapes, so a crafted file cannot send terminal
 * escape sequences.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (character) => {
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** Markdown helpers shared by the exports' READMEs. */

/** Plan text on one line, so it cannot start a Markdown block or markup of its own. */
export function markdownInline(text: string): string {
  return text
    .replace(/[\p{Cc}\u0085\u2028\u2029]+/gu, ' ')
    .replace(/[\\`*_[\]<>#|]/g, '\\$&')
    .trim();
}

/**
 * Text as a CSS string literal, for the printed page header (`@page` margin boxes take their text
 * from CSS). Quotes, backslashes and line breaks are escaped, and `<` too, so the string can sit
 * inside an HTML <style> element without ever closing it.
 */
export function cssString(text: string): string {
  const escaped = text.replace(/[\\"<\n\r\f]/g, (character) => {
    const code = character.codePointAt(0)!.toString(16).toUpperCase();
    return `\\${code} `;
  });
  return `"${escaped}"`;
}

/** The running header of every printed page of a report. */
export const printHeaderText = (planName: string) => `Readiness report · ${planName}`;

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cssString } from './css-string';

/** Reads a CSS string token back the way CSS Syntax Level 3 does (escapes of hex digits). */
function readCssString(literal: string): string {
  expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
  return literal
    .slice(1, -1)
    .replace(/\\([0-9A-Fa-f]{1,6}) ?/g, (_, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16)),
    );
}

describe('cssString', () => {
  it('escapes what would end the string or the style element', () => {
    expect(cssString('a "b" \\ </style>\n')).toBe('"a \\22 b\\22  \\5C  \\3C /style>\\A "');
  });

  it('reads back as the same text, with no bare quote, backslash, < or line break', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const literal = cssString(text);
        expect(literal.slice(1, -1)).not.toMatch(/["<\n\r\f]/);
        expect(readCssString(literal)).toBe(text);
      }),
    );
  });
});

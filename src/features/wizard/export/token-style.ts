import type { CSSProperties } from 'react';

/**
 * The style properties shiki gives a token with two themes and no default colour: the light and
 * dark colour and font style as custom properties, which export-step.css picks from by the colour
 * scheme. Only those properties, with plain values, are passed on to React.
 */
const allowedProperty = /^--shiki-(?:light|dark)(?:-font-style|-font-weight|-text-decoration)?$/;
const plainValue = /^(?:#[0-9a-f]{3,8}|[a-z -]{1,40})$/i;

export function tokenStyle(
  htmlStyle: Readonly<Record<string, string>> | undefined,
): CSSProperties | undefined {
  if (!htmlStyle) return undefined;
  const style: Record<string, string> = {};
  let any = false;
  for (const [property, value] of Object.entries(htmlStyle)) {
    if (allowedProperty.test(property) && plainValue.test(value)) {
      style[property] = value;
      any = true;
    }
  }
  return any ? (style as CSSProperties) : undefined;
}

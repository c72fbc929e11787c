/**
 * Distinguished names as text and as comparable keys. The display form follows keytool (most
 * specific attribute first, the keywords Java prints), so that a certificate's issuer can be
 * matched against the subjects of AWS's trusted list, which is keytool output.
 */
import type { Name } from '@peculiar/asn1-x509';

export interface NameAttribute {
  /** Object identifier of the attribute type, e.g. `2.5.4.3` for the common name. */
  readonly type: string;
  readonly value: string;
}

const keywordByType: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SURNAME',
  '2.5.4.5': 'SERIALNUMBER',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'STREET',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'T',
  '2.5.4.42': 'GIVENNAME',
  '2.5.4.43': 'INITIALS',
  '2.5.4.44': 'GENERATION',
  '2.5.4.46': 'DNQ',
  '0.9.2342.19200300.100.1.1': 'UID',
  '0.9.2342.19200300.100.1.25': 'DC',
  '1.2.840.113549.1.9.1': 'EMAILADDRESS',
};
const typeByKeyword = new Map(Object.entries(keywordByType).map(([type, word]) => [word, type]));
export const commonNameType = '2.5.4.3';

/** The attributes of a parsed name, most specific (last RDN) first, as keytool lists them. */
export function nameAttributes(name: Name): NameAttribute[] {
  return [...name]
    .reverse()
    .flatMap((rdn) => [...rdn].map((pair) => ({ type: pair.type, value: pair.value.toString() })));
}

const needsQuotes = /[,+=;<>#"\n\\]|^\s|\s$/;

/** keytool-style text, e.g. `CN=Amazon Root CA 1, O=Amazon, C=US`. */
export function formatName(attributes: readonly NameAttribute[]): string {
  return attributes
    .map(({ type, value }) => {
      const keyword = keywordByType[type] ?? `OID.${type}`;
      const shown = needsQuotes.test(value) ? `"${value.replace(/(["\\])/g, '\\$1')}"` : value;
      return `${keyword}=${shown}`;
    })
    .join(', ');
}

/** The first attribute of a type, e.g. the subject CN. */
export function attributeValue(
  attributes: readonly NameAttribute[],
  type: string,
): string | undefined {
  return attributes.find((attribute) => attribute.type === type)?.value;
}

/** Reads keytool's text back into attributes (commas inside double quotes belong to the value). */
export function parseKeytoolName(text: string): NameAttribute[] {
  const attributes: NameAttribute[] = [];
  const pattern = /\s*([A-Za-z][\w.]*)=("(?:[^"\\]|\\.)*"|[^,+]*)\s*(?:[,+]|$)/gy;
  for (const match of text.matchAll(pattern)) {
    if (match[0] === '') break;
    const keyword = match[1]!.toUpperCase();
    const raw = match[2]!.trim();
    const value = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
    const type = keyword.startsWith('OID.') ? keyword.slice(4) : typeByKeyword.get(keyword);
    attributes.push({ type: type ?? keyword, value });
  }
  return attributes;
}

/**
 * A key under which two names compare equal when they hold the same attributes, ignoring case,
 * runs of spaces and attribute order (RFC 5280 7.1 in the spirit, without full string prep).
 */
export function nameKey(attributes: readonly NameAttribute[]): string {
  return attributes
    .map(({ type, value }) => `${type}=${value.trim().replace(/\s+/g, ' ').toLowerCase()}`)
    .sort()
    .join('\u0000');
}

/**
 * Reads AWS's TrustedCertificateAuthorities listing (keytool output) into structured roots.
 * Used by `npm run derive` and by `scripts/derived-data.test.ts`.
 */
import type { TrustedRootCa } from '../../src/domain/aws/trusted-root-ca';

const months: Record<string, string> = {
  Jan: '01',
  Feb: '02',
  Mar: '03',
  Apr: '04',
  May: '05',
  Jun: '06',
  Jul: '07',
  Aug: '08',
  Sep: '09',
  Oct: '10',
  Nov: '11',
  Dec: '12',
};
const zoneOffsets: Record<string, string> = { PST: '-08:00', PDT: '-07:00' };

/** keytool prints dates like `Thu May 05 02:37:37 PDT 2011`; returns an ISO 8601 instant. */
function keytoolDate(text: string): string {
  const match = /^\w{3} (\w{3}) (\d{2}) (\d{2}:\d{2}:\d{2}) (\w+) (\d{4})$/.exec(text.trim());
  if (!match) throw new Error(`unexpected date "${text}"`);
  const [, month, day, time, zone, year] = match as unknown as string[];
  const offset = zoneOffsets[zone as string];
  if (!offset || !months[month as string]) throw new Error(`unexpected date "${text}"`);
  return new Date(`${year}-${months[month as string]}-${day}T${time}${offset}`).toISOString();
}

function commonName(distinguishedName: string): string {
  const cn = /(?:^|, )CN=([^,]+)/.exec(distinguishedName);
  if (cn?.[1]) return cn[1];
  const ou = /(?:^|, )OU=([^,]+)/.exec(distinguishedName);
  return ou?.[1] ?? distinguishedName;
}

export function parseTrustedCas(listing: string): TrustedRootCa[] {
  return listing
    .split(/\*{20,}/)
    .map((block) => block.trim())
    .filter((block) => block.startsWith('Alias name:'))
    .map((block) => {
      const field = (name: string) => {
        const match = new RegExp(`^\\s*${name}:?\\s*(.*)$`, 'm').exec(block);
        if (!match?.[1]) throw new Error(`"${name}" missing in block ${block.slice(0, 60)}`);
        return match[1].trim();
      };
      const validity = /Valid from: (.*) until: (.*)$/m.exec(block);
      if (!validity?.[1] || !validity[2])
        throw new Error(`validity missing in ${block.slice(0, 60)}`);
      const subject = field('Owner');
      return {
        alias: field('Alias name'),
        subject,
        commonName: commonName(subject),
        validFrom: keytoolDate(validity[1]),
        validUntil: keytoolDate(validity[2]),
        sha256: field('SHA256').replaceAll(':', '').toLowerCase(),
      };
    });
}

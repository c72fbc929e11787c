import {
  maxDocumentBytes,
  parseDocumentText,
  type CheckOutcome,
} from '@/domain/check/check-document';
import { checkDocumentWithCertificates } from '@/domain/check/check-with-certificates';
import { utf8Length } from '@/domain/encoding/utf8-length';

/**
 * Checks what the editor holds, with its certificate chain analysed; never throws, whatever the
 * text.
 */
export async function checkText(text: string): Promise<CheckOutcome> {
  // A UTF-8 character takes at most 3 bytes per UTF-16 unit, so short texts skip the count.
  if (text.length * 3 > maxDocumentBytes && utf8Length(text) > maxDocumentBytes) {
    return { unusable: `the text is larger than ${maxDocumentBytes / 1024 / 1024} MB` };
  }
  const parsed = parseDocumentText(text);
  if ('unusable' in parsed) return parsed;
  return checkDocumentWithCertificates(parsed.value);
}

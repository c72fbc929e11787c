import {
  checkDocument,
  maxDocumentBytes,
  parseDocumentText,
  type CheckOutcome,
} from '@/domain/check/check-document';

const utf8 = new TextEncoder();

/** Checks what the editor holds; never throws, whatever the text. */
export function checkText(text: string): CheckOutcome {
  // A UTF-8 character takes at most 3 bytes per UTF-16 unit, so short texts skip the encoding.
  if (text.length * 3 > maxDocumentBytes && utf8.encode(text).length > maxDocumentBytes) {
    return { unusable: `the text is larger than ${maxDocumentBytes / 1024 / 1024} MB` };
  }
  const parsed = parseDocumentText(text);
  if ('unusable' in parsed) return parsed;
  return checkDocument(parsed.value);
}

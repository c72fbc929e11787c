/** Splitting PEM text into its labelled blocks and decoding their base64. */
import { decodeBase64 } from '../encoding/base64';

export interface PemBlock {
  /** 1-based position among the PEM blocks of the text, for messages. */
  readonly position: number;
  /** The label of the BEGIN line, e.g. `CERTIFICATE` or `PRIVATE KEY`. */
  readonly label: string;
  /** The base64 body; undefined when the block has no END line. */
  readonly body: string | undefined;
}

const beginLine = /-----BEGIN ([A-Z0-9 ]+)-----/g;

/** The PEM blocks of a text, in order; text between blocks (openssl's `subject=` lines) is ignored. */
export function pemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  for (const begin of text.matchAll(beginLine)) {
    const label = begin[1]!;
    const bodyStart = begin.index + begin[0].length;
    const endLine = `-----END ${label}-----`;
    const end = text.indexOf(endLine, bodyStart);
    const nextBegin = text.indexOf('-----BEGIN ', bodyStart);
    const terminated = end !== -1 && (nextBegin === -1 || end < nextBegin);
    blocks.push({
      position: blocks.length + 1,
      label,
      body: terminated ? text.slice(bodyStart, end) : undefined,
    });
  }
  return blocks;
}

/** Decodes a PEM body's base64 (white space ignored, padding allowed); undefined when it is not. */
export function decodeBase64Body(text: string): Uint8Array<ArrayBuffer> | undefined {
  const compact = text.replace(/\s+/g, '');
  const unpadded = compact.replace(/={1,2}$/, '');
  if (compact.length % 4 !== 0 || unpadded.length === 0) return undefined;
  return decodeBase64(unpadded, 'standard');
}

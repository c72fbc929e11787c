/** Splitting PEM text into its labelled blocks and decoding their base64. */
import { decodeBase64 } from '../encoding/base64';

export interface PemBlock {
  /** 1-based position among the PEM blocks of the text, for messages. */
  readonly position: number;
  /** The label of the BEGIN line, e.g. `CERTIFICATE` or `PRIVATE KEY`. */
  readonly label: string;
  /** The base64 body; undefined when the block has no END line. */
  readonly body: string | undefined;
  /** Where the block starts in the text (its BEGIN line) and ends (after its END line, if any). */
  readonly start: number;
  readonly end: number | undefined;
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
      start: begin.index,
      end: terminated ? end + endLine.length : undefined,
    });
  }
  return blocks;
}

/** A BEGIN or END line with a dash or letters lost, or a whole line of a base64 body. */
const pemFragment =
  /-{2,}.*\b(BEGIN|END)\b|\b(BEGIN|END|CERTIFICATE)\b.*-{2,}|^[A-Za-z0-9+/]{40,}={0,2}$/m;

/**
 * The position of the first block that text looking like part of a PEM block precedes (blocks + 1
 * when it follows the last): a block whose BEGIN or END line was damaged is otherwise read as
 * ignorable text between blocks, and its certificate silently lost.
 */
export function strayPemText(text: string, blocks: readonly PemBlock[]): number | undefined {
  let from = 0;
  for (const block of [...blocks, undefined]) {
    const gap = text.slice(from, block?.start ?? text.length);
    if (pemFragment.test(gap)) return block?.position ?? blocks.length + 1;
    if (block === undefined || block.end === undefined) return undefined;
    from = block.end;
  }
  return undefined;
}

/** Decodes a PEM body's base64 (white space ignored, padding allowed); undefined when it is not. */
export function decodeBase64Body(text: string): Uint8Array<ArrayBuffer> | undefined {
  const compact = text.replace(/\s+/g, '');
  const unpadded = compact.replace(/={1,2}$/, '');
  if (compact.length % 4 !== 0 || unpadded.length === 0) return undefined;
  return decodeBase64(unpadded, 'standard');
}

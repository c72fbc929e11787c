/**
 * Share links: the whole plan travels in the URL fragment (never sent to a server) as a version
 * tag and the plan's JSON, raw-DEFLATE compressed (with a preset dictionary of the plan format's
 * names), followed by the CRC-32 of that JSON (4 bytes, big-endian), base64url encoded:
 * `3.<base64url>`. The checksum makes a damaged link (a cut, an edited character) fail instead of
 * opening with other values; 32 bits cost 6 characters and miss random damage once in 4 billion.
 * Older links still open: version 2 (the same with version 1's dictionary) and version 1 (that,
 * without the checksum, with a note saying so).
 * Decoding never throws and never hangs: every failure is a typed reason, and size limits are
 * checked before each expensive step (a compression bomb stops at the limit).
 */
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import { parseDocumentText, tooDeepProblem, tooManyValuesProblem } from '../check/check-document';
import { decodeBase64, encodeBase64 } from '../encoding/base64';
import { crc32 } from '../encoding/crc32';
import { toPointer } from '../engine/json-pointer';
import { migratePlan } from '../plan/migrate-plan';
import { parsePlan } from '../plan/parse-plan';
import type { Plan } from '../plan/plan-schema';
import { shareDictionaryV1, shareDictionaryV3 } from './share-dictionary';
import { formatCount } from '../text/format-count';

export const shareVersion = 3;
/** The first link version with a checksum; older ones open with `uncheckedLinkNote`. */
const checksummedVersion = 2;
const checksumBytes = 4;
/** Longest link token accepted, in characters. */
export const maxLinkLength = 64 * 1024;
/** Largest decompressed plan accepted, in bytes. */
export const maxPlanBytes = 1024 * 1024;

const dictionaries = { v1: strToU8(shareDictionaryV1), v3: strToU8(shareDictionaryV3) };
/** The preset dictionary a link version was compressed with. */
const dictionaryOf = (version: number) => (version >= 3 ? dictionaries.v3 : dictionaries.v1);

/**
 * The link token of a plan. The plan goes through the engine's parser first, so that a secret or
 * a malformed value in it (e.g. a form's unfinished state) never reaches a link.
 */
export function encodePlanLink(plan: Plan): string {
  const { plan: safe } = parsePlan(plan);
  // $schema points editors at the JSON Schema; a link has no use for it.
  const json = strToU8(JSON.stringify({ ...safe, $schema: undefined }));
  const compressed = deflateSync(json, { level: 9, dictionary: dictionaryOf(shareVersion) });
  const payload = new Uint8Array(compressed.length + checksumBytes);
  payload.set(compressed);
  new DataView(payload.buffer).setUint32(compressed.length, crc32(json));
  return `${shareVersion}.${encodeBase64(payload, 'url')}`;
}

/**
 * Why the link token of a plan cannot be used, if it cannot: a link longer than `maxLinkLength` is
 * refused when opened, so it is refused when made (a big certificate chain or hundreds of keys).
 */
export function linkTooLongProblem(token: string): string | undefined {
  if (token.length <= maxLinkLength) return undefined;
  return `the plan is too large for a share link (${formatCount(token.length)} characters; a link opens up to ${formatCount(maxLinkLength)}): share the plan file instead`;
}

export const uncheckedLinkNote =
  'this link was made by an older XKS Planner and carries no checksum, so damage to it cannot be detected: check the plan before relying on it';

export type DecodedLink =
  { readonly plan: Plan; readonly note?: string } | { readonly problem: string };

function inflateWithLimit(
  compressed: Uint8Array,
  dictionary: Uint8Array,
): Uint8Array | 'too-large' | 'damaged' {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  const inflater = new Inflate({ dictionary }, (chunk) => {
    total += chunk.length;
    if (total > maxPlanBytes) tooLarge = true;
    else chunks.push(chunk);
  });
  try {
    // Fed in small pieces, so that a bomb is stopped soon after it passes the limit.
    for (let offset = 0; offset < compressed.length && !tooLarge; offset += 1024) {
      const end = Math.min(offset + 1024, compressed.length);
      inflater.push(compressed.subarray(offset, end), end === compressed.length);
    }
  } catch {
    return 'damaged';
  }
  if (tooLarge) return 'too-large';
  const bytes = new Uint8Array(total);
  let position = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, position);
    position += chunk.length;
  }
  return bytes;
}

/** Reads a link token (`1.<base64url>`), a whole fragment (`#plan=…`) or a full link. */
export function decodePlanLink(link: string): DecodedLink {
  const token = link.trim().replace(/^.*#(plan=)?/, '');
  if (token.length > maxLinkLength) {
    return { problem: `the link is longer than ${maxLinkLength} characters` };
  }
  const separator = token.indexOf('.');
  const version = separator > 0 ? token.slice(0, separator) : '';
  if (!/^\d+$/.test(version)) return { problem: 'this is not an XKS Planner link' };
  if (Number(version) > shareVersion) {
    return {
      problem: `the link was made by a newer XKS Planner (link version ${version}); update XKS Planner to open it`,
    };
  }
  if (Number(version) < 1) return { problem: `unknown link version ${version}` };
  const checksummed = Number(version) >= checksummedVersion;
  const payload = decodeBase64(token.slice(separator + 1), 'url');
  const dataBytes = (payload?.length ?? 0) - (checksummed ? checksumBytes : 0);
  if (!payload || dataBytes <= 0) {
    return { problem: 'the link is damaged (it has characters a link never has, or is cut short)' };
  }
  const inflated = inflateWithLimit(payload.subarray(0, dataBytes), dictionaryOf(Number(version)));
  if (inflated === 'too-large') {
    return { problem: `the plan in the link is larger than ${maxPlanBytes / 1024 / 1024} MB` };
  }
  if (inflated === 'damaged') return { problem: 'the link is damaged (it may be cut short)' };
  if (
    checksummed &&
    new DataView(payload.buffer, payload.byteOffset).getUint32(dataBytes) !== crc32(inflated)
  ) {
    return { problem: 'the link is damaged (its checksum does not match its plan)' };
  }
  const parsed = parseDocumentText(strFromU8(inflated));
  if ('unusable' in parsed) {
    return [tooDeepProblem, tooManyValuesProblem].includes(parsed.unusable)
      ? { problem: `the link holds no usable plan: ${parsed.unusable}` }
      : { problem: 'the link is damaged (its plan is not readable)' };
  }
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { problem: 'the link holds no plan' };
  }
  const migration = migratePlan(value as Record<string, unknown>);
  if (migration.kind === 'problem') {
    return { problem: `the link holds no usable plan: ${migration.problem}` };
  }
  if (migration.kind === 'not-a-plan') return { problem: 'the link holds no plan' };
  // A link this planner made always fits the plan format; one that does not was edited, and
  // opening it with the misfit values left out would change the plan without saying so.
  const { plan, facts } = parsePlan(migration.document);
  const misfit = facts.schemaIssues[0];
  if (misfit !== undefined) {
    return {
      problem: `the link's plan does not fit the plan format at ${toPointer(misfit.path) || 'its top level'} (${misfit.message}), so it is not opened`,
    };
  }
  return checksummed ? { plan } : { plan, note: uncheckedLinkNote };
}

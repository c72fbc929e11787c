/** JSON Pointers (RFC 6901): how a finding names the place in a document it is about. */

export type PathSegment = string | number;

function escapeSegment(segment: PathSegment): string {
  return String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
}

export function toPointer(segments: readonly PathSegment[]): string {
  return segments.map((segment) => `/${escapeSegment(segment)}`).join('');
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`"${pointer}" is not a JSON Pointer`);
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/**
 * Parsed pointers, by text. The engine looks up the same few hundred pointers (rules' `requires`)
 * on every check; parsing them each time was a tenth of a check of a large plan.
 */
const parsedPointers = new Map<string, readonly string[]>();
const maxParsedPointers = 2048;

function segmentsOf(pointer: string): readonly string[] {
  let segments = parsedPointers.get(pointer);
  if (segments === undefined) {
    segments = parsePointer(pointer);
    if (parsedPointers.size >= maxParsedPointers) parsedPointers.clear();
    parsedPointers.set(pointer, segments);
  }
  return segments;
}

/** The value at `pointer`, or undefined when any step along the way is missing. */
export function valueAt(document: unknown, pointer: string): unknown {
  let current: unknown = document;
  for (const segment of segmentsOf(pointer)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

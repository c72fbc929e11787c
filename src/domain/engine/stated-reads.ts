import { readPattern, type ReadPattern } from './changed-paths';

function statesAt(value: unknown, pattern: ReadPattern, depth: number): boolean {
  if (value === undefined) return false;
  if (depth === pattern.length) return true;
  if (value === null || typeof value !== 'object') return false;
  const segment = pattern[depth]!;
  if (segment === '*') {
    return Array.isArray(value) && value.some((item) => statesAt(item, pattern, depth + 1));
  }
  return statesAt((value as Record<string, unknown>)[segment], pattern, depth + 1);
}

/**
 * Whether `document` states a value at any of `reads` (a rule's patterns, `*` for any array
 * index). A rule that finds nothing where nothing it reads is stated has checked nothing: that is
 * not a pass.
 */
export function statesAnyRead(document: unknown, reads: readonly string[]): boolean {
  return reads.some((pointer) => statesAt(document, readPattern(pointer), 0));
}

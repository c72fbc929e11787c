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
 * Where a plan states what places the values a rule checks (the Region, the connectivity): a rule
 * that reads other values too has nothing to check while the plan states only these.
 */
const contextReads: ReadonlySet<string> = new Set(['/region', '/keyStore/XksProxyConnectivity']);

/**
 * Whether `document` states a value at any of `reads` (a rule's patterns, `*` for any array
 * index), leaving out the context pointers when the rule reads anything else. A rule that finds
 * nothing where nothing it checks is stated has checked nothing: that is not a pass.
 */
export function statesAnyRead(document: unknown, reads: readonly string[]): boolean {
  const checked = reads.filter((pointer) => !contextReads.has(pointer));
  return (checked.length > 0 ? checked : reads).some((pointer) =>
    statesAt(document, readPattern(pointer), 0),
  );
}

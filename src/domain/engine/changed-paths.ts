/**
 * Where two versions of a JSON document differ, and whether a rule's `reads` patterns reach those
 * places: what an incremental check needs to know which rules to run again.
 */
import { parsePointer, type PathSegment } from './json-pointer';

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The places where `after` differs from `before`, as paths: the first place down each branch where
 * the values differ. An array whose length changed is one place (its items moved), as is a value
 * whose type changed. Compared by value: both versions may be fresh copies.
 */
export function changedPaths(before: unknown, after: unknown): PathSegment[][] {
  const changed: PathSegment[][] = [];
  const path: PathSegment[] = [];
  const compare = (a: unknown, b: unknown) => {
    if (Object.is(a, b)) return;
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
      for (let index = 0; index < a.length; index++) {
        path.push(index);
        compare(a[index], b[index]);
        path.pop();
      }
      return;
    }
    if (isRecord(a) && isRecord(b)) {
      for (const key in a) {
        path.push(key);
        compare(a[key], Object.hasOwn(b, key) ? b[key] : undefined);
        path.pop();
      }
      for (const key in b) {
        if (Object.hasOwn(a, key)) continue;
        path.push(key);
        compare(undefined, b[key]);
        path.pop();
      }
      return;
    }
    changed.push([...path]);
  };
  compare(before, after);
  return changed;
}

/** A `reads` pattern as segments; `*` matches any array index. */
export type ReadPattern = readonly string[];

export function readPattern(pointer: string): ReadPattern {
  return parsePointer(pointer);
}

/**
 * Whether a change at `path` can change what a reader of `pattern` sees: one lies inside the
 * other (a change above the pattern replaces what it reads; one below it is part of it).
 */
export function reaches(pattern: ReadPattern, path: readonly PathSegment[]): boolean {
  const length = Math.min(pattern.length, path.length);
  for (let index = 0; index < length; index++) {
    const wanted = pattern[index]!;
    const segment = path[index]!;
    if (wanted === segment) continue;
    // An index matches `*` or its own digits (made into text only then: this runs per rule).
    if (typeof segment !== 'number' || (wanted !== '*' && wanted !== String(segment))) return false;
  }
  return true;
}

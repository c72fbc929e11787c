/**
 * What an attacker or a bad copy feeds a reader, as fast-check arbitraries: damaged versions of a
 * valid text (bit flips, cuts, edits) and valid JSON documents with something hostile grafted in
 * (deep nesting, too many values, `__proto__` and duplicate keys, huge strings and numbers). The
 * property tests and `npm run fuzz` share them. Test support: nothing in the product imports it.
 */
import fc from 'fast-check';

/** Damage to a valid text: a flipped bit, a cut, an edited, removed, repeated or inserted part. */
export function damaged(text: string): fc.Arbitrary<string> {
  const at = fc.nat(Math.max(0, text.length - 1));
  const span = fc.tuple(at, at).map(([from, to]) => [Math.min(from, to), Math.max(from, to) + 1]);
  return fc
    .oneof(
      fc
        .tuple(at, fc.nat(15))
        .map(
          ([index, bit]) =>
            text.slice(0, index) +
            String.fromCharCode(text.charCodeAt(index) ^ (1 << bit)) +
            text.slice(index + 1),
        ),
      at.map((length) => text.slice(0, length)),
      fc
        .tuple(at, fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }))
        .map(([index, character]) => text.slice(0, index) + character + text.slice(index + 1)),
      span.map(([from, to]) => text.slice(0, from) + text.slice(to)),
      span.map(([from, to]) => text.slice(0, to) + text.slice(from, to) + text.slice(to)),
      fc
        .tuple(at, fc.string({ minLength: 1, maxLength: 8, unit: 'binary' }))
        .map(([index, inserted]) => text.slice(0, index) + inserted + text.slice(index)),
    )
    .filter((damage) => damage !== text);
}

const placeholder = '@@hostile-value@@';
const placeholderKey = '@@hostile-key@@';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place of a document that holds a value, as a list of keys and indexes from the root. */
function placesOf(value: Json, path: (string | number)[] = []): (string | number)[][] {
  const places = [path];
  if (Array.isArray(value)) {
    value.forEach((item, index) => places.push(...placesOf(item, [...path, index])));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) places.push(...placesOf(item, [...path, key]));
  }
  return places;
}

/** A copy of `document` with the value at `path` replaced by `replacement`. */
function replaced(document: Json, path: readonly (string | number)[], replacement: Json): Json {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(document)) {
    return document.map((item, index) =>
      index === head ? replaced(item, rest, replacement) : item,
    );
  }
  const object = document as Record<string, Json>;
  return { ...object, [head!]: replaced(object[head!]!, rest, replacement) };
}

const nested = (levels: number, open: string, close: string) =>
  open.repeat(levels) + '0' + close.repeat(levels);

/** JSON text of one hostile value, written as text so that it can be what JSON.stringify never makes. */
const hostileValueText = (largest: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc
      .constantFrom(30, 31, 32, 33, 40, 3_000, 20_000)
      .chain((levels) => fc.constantFrom(nested(levels, '[', ']'), nested(levels, '{"a":', '}'))),
    fc.constantFrom(60_000).map((count) => `[${'0,'.repeat(count)}0]`),
    fc
      .integer({ min: 1_000, max: largest })
      .chain((length) =>
        fc
          .constantFrom('x', '\\u0000', '\\u001b]52;c;', '\\ud800', '\u202e')
          .map((unit) => JSON.stringify('').replace('""', `"${unit.repeat(length)}"`)),
      ),
    fc.constantFrom(
      '1e400',
      '-1e400',
      '1e-400',
      '-0',
      '123456789012345678901234567890',
      '9007199254740993',
      '0.1e-99999',
    ),
    fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  );

/**
 * Valid JSON text made from one of `seeds` with something hostile at a place of it: a value
 * replaced, or a member added to an object whose key is `__proto__`, `constructor` or a key the
 * object already has (JSON.parse keeps the last of duplicates).
 */
export function hostileJson(
  seeds: readonly unknown[],
  options: { readonly largestString?: number } = {},
): fc.Arbitrary<string> {
  const largest = options.largestString ?? 200_000;
  return fc.constantFrom(...(seeds as Json[])).chain((seed) => {
    const places = placesOf(seed);
    const objectPlaces = places.filter((path) => {
      const value = path.reduce<Json>((item, key) => (item as Record<string, Json>)[key]!, seed);
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    });
    const replacedValue = fc
      .tuple(fc.constantFrom(...places), hostileValueText(largest))
      .map(([path, valueText]) =>
        JSON.stringify(replaced(seed, path, placeholder)).replace(`"${placeholder}"`, valueText),
      );
    if (objectPlaces.length === 0) return replacedValue;
    const addedMember = fc
      .tuple(fc.constantFrom(...objectPlaces), fc.nat(), fc.nat(seeds.length - 1))
      .map(([path, keyChoice, other]) => {
        const target = path.reduce<Json>((item, key) => (item as Record<string, Json>)[key]!, seed);
        const ownKeys = Object.keys(target as object);
        const keys = ['__proto__', 'constructor', ...ownKeys];
        const key = keys[keyChoice % keys.length]!;
        // The smuggled value: the target itself or another seed, so that it holds fields that a
        // careless reader would take as the plan's own.
        const smuggled = keyChoice % 2 === 0 ? target : (seeds[other] as Json);
        const withMember = replaced(seed, path, { ...(target as object), [placeholderKey]: null });
        return JSON.stringify(withMember).replace(
          `"${placeholderKey}":null`,
          `${JSON.stringify(key)}:${JSON.stringify(smuggled)}`,
        );
      });
    return fc.oneof(replacedValue, addedMember);
  });
}

/**
 * The first place where `accepted` (what a reader made of a document) holds a value that
 * `source` (the document as parsed) does not hold at the same place as its own member: a value
 * changed on the way, or smuggled in through a prototype. `undefined` when there is none.
 */
export function changedPlace(accepted: unknown, source: unknown, path = ''): string | undefined {
  if (accepted === null || typeof accepted !== 'object') {
    return Object.is(accepted, source) || (accepted === 0 && source === 0)
      ? undefined
      : path || '/';
  }
  if (source === null || typeof source !== 'object') return path || '/';
  if (Array.isArray(accepted) !== Array.isArray(source)) return path || '/';
  for (const [key, value] of Object.entries(accepted)) {
    if (value === undefined) continue;
    if (!Object.hasOwn(source, key)) return `${path}/${key}`;
    const inner = changedPlace(value, (source as Record<string, unknown>)[key], `${path}/${key}`);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

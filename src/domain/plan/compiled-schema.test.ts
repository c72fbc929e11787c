import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileSchema, refused } from './compiled-schema';
import { examplePlans } from './examples';
import { planSchema } from './plan-schema';
import { describeSchema } from './schema-description';
import { planDescription } from './well-formed-plan';

// The description as shipped (plan-schema-description.json); scripts/generated-files.test.ts
// checks that it is the plan schema's current one.
const compiledPlan = compileSchema(planDescription);

type Path = (string | number)[];

/** Every place in a JSON value (objects' members and arrays' items) with the value there. */
function placesOfValues(value: unknown, path: Path = []): [Path, unknown][] {
  if (value === null || typeof value !== 'object') return [[path, value]];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return [[path, value], ...entries.flatMap(([key, item]) => placesOfValues(item, [...path, key]))];
}

/** Every place in a JSON value, as paths. */
const placesOf = (value: unknown): Path[] => placesOfValues(value).map(([path]) => path);

function edited(document: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(document);
  if (path.length === 0) return value;
  let parent = copy as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as typeof parent;
  const last = path[path.length - 1]!;
  if (value === deleted) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = value;
  return copy;
}

const deleted = Symbol('deleted');

interface Definition {
  readonly type: string;
  readonly checks?: readonly { _zod: { def: Record<string, unknown> } }[];
  readonly shape?: Record<string, unknown>;
  readonly innerType?: unknown;
  readonly element?: unknown;
  readonly entries?: Record<string, unknown>;
  readonly values?: readonly unknown[];
}

const definitionOf = (schema: unknown) => (schema as { _zod: { def: Definition } })._zod.def;

/** The bounds a schema part's checks name (lengths, ranges), from zod's definitions. */
function boundsOf(definition: Definition): number[] {
  return (definition.checks ?? []).flatMap(({ _zod: { def } }) =>
    [def.maximum, def.minimum, def.value].filter((bound) => typeof bound === 'number'),
  );
}

/** An item an array schema accepts, so that only its length decides (undefined if none). */
function acceptedItemOf(definition: Definition): unknown {
  const item = definition.element as z.ZodType;
  return edgeValuesOf(definitionOf(item)).find((value) => item.safeParse(value).success);
}

/** Values on and beside each bound of a schema part, and values of other types. */
function edgeValuesOf(definition: Definition): unknown[] {
  const near = boundsOf(definition).flatMap((bound) => [bound - 1, bound - 0.5, bound, bound + 1]);
  const lengths = near.filter((length) => Number.isInteger(length) && length >= 0);
  const ofType: Record<string, unknown[]> = {
    string: [...lengths.map((length) => 'a'.repeat(length)), '', '2027-03-01', '2027-02-30'],
    number: [...near, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '1'],
    boolean: [true, false, 'true'],
    enum: [...Object.values(definition.entries ?? {}), 'x'],
    literal: [...(definition.values ?? []), 2],
    array:
      definition.type === 'array'
        ? lengths.map((length) => Array.from({ length }, () => acceptedItemOf(definition)))
        : [],
  };
  return [...(ofType[definition.type] ?? []), undefined, null, {}, []];
}

/** Every part of the schema with the path to it (array items at index 0) and its edge values. */
function schemaParts(
  schema: unknown,
  path: (string | number)[] = [],
): [(string | number)[], unknown[]][] {
  const definition = definitionOf(schema);
  if (definition.type === 'optional') return schemaParts(definition.innerType, path);
  const parts: [(string | number)[], unknown[]][] = [[path, edgeValuesOf(definition)]];
  if (definition.type === 'array') parts.push(...schemaParts(definition.element, [...path, 0]));
  for (const [key, member] of Object.entries(definition.shape ?? {})) {
    parts.push(...schemaParts(member, [...path, key]));
  }
  return parts;
}

/** A document holding `value` at `path`, and nothing else beyond the plan's version. */
function documentWith(path: readonly (string | number)[], value: unknown): unknown {
  const inner = path.reduceRight<unknown>(
    (held, segment) => (typeof segment === 'number' ? [held] : { [segment]: held }),
    value,
  );
  return { version: 1, ...(inner as object) };
}

/** Values near what the schema's checks decide on: lengths, ranges, formats, types. */
const edgeValue = fc.oneof(
  // Long arrays are left to the test of every bound: here they would only slow each run.
  fc.constantFrom(
    ...schemaParts(planSchema)
      .flatMap(([, values]) => values)
      .filter((value) => !Array.isArray(value) || value.length <= 3),
  ),
  fc.constantFrom<unknown>(
    deleted,
    undefined,
    null,
    0,
    -1,
    1,
    0.5,
    443,
    65535,
    65536,
    1_000_000,
    1_000_001,
    -90,
    -90.5,
    180.5,
    60_000,
    60_000.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    2 ** 53,
    true,
    '',
    '2027-03-01',
    '2027-02-30',
    '2027-03-01T12:00:00Z',
    '2027-03-01T25:00:00Z',
    '2027-03-01T12:00:00.5+01:00',
    'VPC_ENDPOINT_SERVICE',
    'PUBLIC_ENDPOINT',
    'network',
    'TLSv1.3',
    'proxy',
    [],
    {},
    { RawSecretAccessKey: 'x' },
    { __proto__: null, vpcId: 'vpc-1' },
    new Date(0),
  ),
  fc.string({ maxLength: 40 }),
  fc.double(),
  fc.jsonValue({ maxDepth: 2 }),
);

/** `document` with the edits made in turn; a path an earlier edit removed is skipped. */
const withEdits = (document: unknown, edits: readonly (readonly [Path, unknown])[]) =>
  edits.reduce<unknown>((current, [path, value]) => {
    try {
      return edited(current, path, value);
    } catch {
      return current;
    }
  }, document);

/** `document` with up to three of its places given values from `valueAt`. */
const editedWith = (document: unknown, valueAt: (path: Path) => fc.Arbitrary<unknown>) =>
  fc
    .array(
      fc
        .constantFrom(...placesOf(document))
        .chain((path) => valueAt(path).map((value) => [path, value] as const)),
      { maxLength: 3 },
    )
    .map((edits) => withEdits(document, edits));

/** `document` with up to three of its places edited. */
const editedFrom = (document: unknown) => editedWith(document, () => edgeValue);

const editedExample = fc
  .constantFrom(...examplePlans.map((example) => example.document))
  .chain(editedFrom);

/** A place's path with its array indexes left out: places alike in all plans share it. */
const placeKind = (path: readonly unknown[]) =>
  path.map((segment) => (typeof segment === 'number' ? '*' : segment)).join('/');

/** What the examples hold at each kind of place: edits with them mostly keep a plan valid. */
const exampleValues = new Map<string, unknown[]>();
for (const { document } of examplePlans) {
  for (const [path, value] of placesOfValues(document)) {
    const kind = placeKind(path);
    exampleValues.set(kind, [...(exampleValues.get(kind) ?? []), value]);
  }
}

/** `document` with up to three places set to what an example holds there, or removed. */
const editedLikeExamples = (document: unknown) =>
  editedWith(document, (path) =>
    fc.constantFrom(...(exampleValues.get(placeKind(path)) ?? []), undefined, deleted),
  );

/** An edited example, and that document edited again. */
const editedTwice = fc
  .constantFrom(...examplePlans.map((example) => example.document))
  .chain(editedLikeExamples)
  .chain((first) =>
    fc
      .oneof(editedLikeExamples(first), editedFrom(first))
      .map((second) => [first, second] as const),
  );

/** The same value, members in the same order, absent and undefined members told apart. */
function expectSameOutput(actual: unknown, expected: unknown) {
  expect(actual).toStrictEqual(expected);
  expect(placesOf(actual)).toStrictEqual(placesOf(expected));
}

describe('compileSchema', () => {
  it('accepts every example plan zod accepts, with the same output', () => {
    for (const { document } of examplePlans) {
      const parsed = planSchema.safeParse(document);
      if (!parsed.success) continue;
      expectSameOutput(compiledPlan(document), parsed.data);
    }
  });

  it('accepts only what zod accepts, and then gives what zod gives', () => {
    let accepted = 0;
    fc.assert(
      fc.property(editedExample, (document) => {
        const compiled = compiledPlan(document);
        const parsed = planSchema.safeParse(document);
        if (compiled === refused) return;
        accepted++;
        expect(parsed.success).toBe(true);
        expectSameOutput(compiled, parsed.data);
      }),
      { numRuns: 800 },
    );
    // Not a test of speed: a fast path that refused everything would compare nothing.
    expect(accepted).toBeGreaterThan(50);
  });

  it('on and beside every bound of every part of the schema, accepts only what zod accepts', () => {
    const parts = schemaParts(planSchema);
    expect(parts.length).toBeGreaterThan(200);
    let accepted = 0;
    const disagreements: string[] = [];
    for (const [path, values] of parts) {
      for (const value of values) {
        const document = documentWith(path, value);
        const compiled = compiledPlan(document);
        const parsed = planSchema.safeParse(document);
        const same = parsed.success
          ? compiled !== refused &&
            isDeepStrictEqual(placesOf(compiled), placesOf(parsed.data)) &&
            isDeepStrictEqual(compiled, parsed.data)
          : compiled === refused;
        if (!same) disagreements.push(`${JSON.stringify(path)}: ${String(value)}`);
        if (parsed.success) accepted++;
      }
    }
    expect(disagreements).toEqual([]);
    expect(accepted).toBeGreaterThan(500);
  });

  it('refuses what zod refuses, including values zod keeps out of the output', () => {
    const edits: [(string | number)[], unknown][] = [
      [['keyStore', 'XksProxyUriPath'], 7],
      [['keys', 0, 'Tags', 0, 'TagKey'], undefined],
      [['keyStore', 'unknown'], 1],
      [['operations'], { goLiveDate: '2027-02-30' }],
      [['traffic'], { roundTripMs: Number.POSITIVE_INFINITY }],
      [['version'], 2],
    ];
    const document = examplePlans.find((example) => example.verdict === 'ready')!.document;
    for (const [path, value] of edits) {
      const changed = edited({ ...document, keys: [{ Tags: [{ TagKey: 'a' }] }] }, path, value);
      expect(planSchema.safeParse(changed).success).toBe(false);
      expect(compiledPlan(changed)).toBe(refused);
    }
  });

  it('parsing again with the previous output gives what a first parse gives, frozen', () => {
    const compiledAgain = compileSchema(planDescription, { frozen: true });
    let comparedWithPrevious = 0;
    fc.assert(
      fc.property(editedTwice, ([first, second]) => {
        const previous = compiledAgain(first);
        const again = compiledAgain(second, previous === refused ? undefined : previous);
        const fresh = compiledPlan(second);
        if (fresh === refused) {
          expect(again).toBe(refused);
          return;
        }
        if (previous !== refused) comparedWithPrevious++;
        expectSameOutput(again, fresh);
        for (const [, value] of placesOfValues(again)) {
          if (value !== null && typeof value === 'object')
            expect(Object.isFrozen(value)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
    // Not a test of speed: documents both refused would compare nothing.
    expect(comparedWithPrevious).toBeGreaterThan(100);
  });

  it('parsing again shares every part equal to the previous output, and copies the rest', () => {
    const compiledAgain = compileSchema(planDescription, { frozen: true });
    const document = examplePlans.find((example) => example.verdict === 'ready')!.document;
    const previous = compiledAgain(document) as Record<string, unknown>;
    expect(compiledAgain(structuredClone(document), previous)).toBe(previous);
    const changed = edited(document, ['keyStore', 'XksProxyUriPath'], '/other/kms/xks/v1');
    const again = compiledAgain(changed, previous) as Record<string, unknown>;
    expect(again).not.toBe(previous);
    expect(again.keyStore).not.toBe(previous.keyStore);
    for (const key of Object.keys(previous).filter((key) => key !== 'keyStore')) {
      expect(again[key], key).toBe(previous[key]);
    }
    // Nothing of the previous output stands for a place it did not have.
    const aliases = edited(document, ['existingAliases'], ['alias/a']);
    const withAliases = compiledAgain(aliases, previous);
    expect(compiledAgain(edited(aliases, ['existingAliases', 1], undefined), withAliases)).toBe(
      refused,
    );
    expect(compiledAgain(edited(document, ['title'], undefined), previous)).toHaveProperty(
      'title',
      undefined,
    );
  });

  it('the description refuses a schema part, check or refinement it does not know, naming it', () => {
    const schema = z.strictObject({ when: z.string().transform((text) => text.length) });
    expect(() => describeSchema(schema, 'example')).toThrow(/example\.when is a pipe/);
    expect(() => describeSchema(z.object({ a: z.string() }), 'loose')).toThrow(/not a strict/);
    const refined = z.strictObject({ b: z.string().refine((text) => text !== 'b') });
    expect(() => describeSchema(refined, 'refined')).toThrow(/refined\.b has a refinement/);
    const email = z.strictObject({ c: z.email() });
    expect(() => describeSchema(email, 'formats')).toThrow(
      /formats\.c is a string of format email/,
    );
  });
});

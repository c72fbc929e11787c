/**
 * A fast path for parsing a plan that is well-formed, compiled from the plan schema's description
 * (schema-description.ts: zod stays the one source of truth, and the description is generated
 * from it). zod without its JIT (which a Content Security Policy forbids) took about 40% of a
 * check of the large plan; these closures take a tenth of that, and need no zod loaded. They
 * accept only what zod accepts and build the same output (members in the schema's order, absent
 * members left out), and they never explain: whatever they refuse is parsed by zod, which says
 * what is wrong (`compiled-schema.test.ts` compares them with zod on random documents).
 */
import { refinements } from './plan-refinements';
import type { CheckDescription, SchemaDescription } from './schema-description';

/** What a compiled schema returns for a value zod might refuse. */
export const refused: unique symbol = Symbol('refused');

/**
 * Parses `input`. A compilation with `frozen` returns frozen output and takes the output of its
 * own last parse as `previous`: every part of the new output equal to the same place of it is that
 * part itself (so `changedPaths` skips it at once), and its values are not checked again.
 */
export type CompiledSchema = (input: unknown, previous?: unknown) => unknown;

/** What a schema part was given as the output of the last parse at its place, when there was none. */
const none: unique symbol = Symbol('none');

/**
 * A compiled schema part. `previous` is its own earlier output (accepted, never changed: frozen),
 * or `none`: a value identical to it needs no check, and an output equal to it is it.
 */
type Part = (input: unknown, previous: unknown) => unknown;

/** What a part does with the output it built (frozen, or left as it is). */
type Finish = <Output extends object>(output: Output) => Output;

type Check = (input: never) => boolean;

function compileCheck(definition: CheckDescription): Check {
  switch (definition.check) {
    case 'max_length':
      return (input: { length: number }) => input.length <= definition.maximum;
    case 'min_length':
      return (input: { length: number }) => input.length >= definition.minimum;
    case 'greater_than':
      return definition.inclusive
        ? (input: number) => input >= definition.value
        : (input: number) => input > definition.value;
    case 'less_than':
      return definition.inclusive
        ? (input: number) => input <= definition.value
        : (input: number) => input < definition.value;
    case 'safe_integer':
      return (input: number) => Number.isSafeInteger(input);
    case 'pattern': {
      const pattern = new RegExp(definition.source, definition.flags);
      return (input: string) => {
        pattern.lastIndex = 0;
        return pattern.test(input);
      };
    }
    case 'refinement':
      return refinements[definition.name];
  }
}

/** Whether a value passes the checks of a schema part (lengths, ranges, formats, refinements). */
function checksOf(definition: {
  readonly checks?: readonly CheckDescription[];
}): (input: unknown) => boolean {
  const checks = (definition.checks ?? []).map(compileCheck);
  if (checks.length === 0) return () => true;
  return (input) => {
    for (const check of checks) if (!check(input as never)) return false;
    return true;
  };
}

/** A value without parts (string, number, boolean, enum, literal): the output is the input. */
function compileValue(
  definition: { readonly checks?: readonly CheckDescription[] },
  accepts: (input: unknown) => boolean,
): Part {
  // Checks are pure: a value that passed them last time passes again. The common shapes (no
  // check, one check) get closures of their own: a plan has thousands of values.
  const checks = (definition.checks ?? []).map(compileCheck);
  if (checks.length === 0) {
    return (input, previous) =>
      Object.is(input, previous) ? previous : accepts(input) ? input : refused;
  }
  if (checks.length === 1) {
    const check = checks[0]!;
    return (input, previous) =>
      Object.is(input, previous)
        ? previous
        : accepts(input) && check(input as never)
          ? input
          : refused;
  }
  const passes = checksOf(definition);
  return (input, previous) =>
    Object.is(input, previous) ? previous : accepts(input) && passes(input) ? input : refused;
}

// Two comparisons, not a Set: this runs for every object of every plan parsed.
const isPlainPrototype = (prototype: unknown) =>
  prototype === Object.prototype || prototype === null;

function compileObject(shape: Readonly<Record<string, SchemaDescription>>, finish: Finish): Part {
  const keys = Object.keys(shape);
  // An optional member's part is its inner one, called only for a value (undefined is kept):
  // one call fewer for most members of a plan.
  const parts = keys.map((key) => {
    const member = shape[key]!;
    return compile(member.type === 'optional' ? member.inner : member, finish);
  });
  const indexOf = new Map(keys.map((key, index) => [key, index]));
  const isRequired = keys.map((key) => shape[key]!.type !== 'optional');
  const required = isRequired.filter(Boolean).length;
  /** A member's output: an optional member given as undefined stays undefined (as in zod). */
  const memberOutput = (index: number, input: unknown, was: unknown) =>
    input === undefined && !isRequired[index] ? undefined : parts[index]!(input, was);

  // Both walks visit only the members the input has: a plan states few of most objects' many
  // optional members. As zod does, a member given as undefined stays (an absent one stays absent),
  // and the output has the schema's order.

  /** A first parse: the members in the input's order (usually the schema's), else reordered. */
  function parseFresh(record: Record<string, unknown>): unknown {
    let output: Record<string, unknown> = {};
    let lastIndex = -1;
    let inOrder = true;
    let requiredSeen = 0;
    for (const key in record) {
      const index = indexOf.get(key);
      if (index === undefined) return refused;
      if (index < lastIndex) inOrder = false;
      lastIndex = index;
      if (isRequired[index]) requiredSeen++;
      const value = memberOutput(index, record[key], none);
      if (value === refused) return refused;
      output[key] = value;
    }
    if (requiredSeen !== required) return refused;
    if (!inOrder) {
      const unordered = output;
      output = {};
      for (const key of keys) if (Object.hasOwn(unordered, key)) output[key] = unordered[key];
    }
    return finish(output);
  }

  /** A parse against `before`, the previous output at this place: `before` if nothing changed. */
  function parseAgain(record: Record<string, unknown>, before: Record<string, unknown>): unknown {
    // Each member's output, made once one differs from `before`'s; one not set is `before`'s.
    let outputs: unknown[] | undefined;
    let members = 0;
    let requiredSeen = 0;
    for (const key in record) {
      const index = indexOf.get(key);
      if (index === undefined) return refused;
      members++;
      if (isRequired[index]) requiredSeen++;
      const was = Object.hasOwn(before, key) ? before[key] : none;
      const value = memberOutput(index, record[key], was);
      if (value === refused) return refused;
      if (Object.is(value, was)) continue;
      outputs ??= new Array<unknown>(keys.length).fill(none);
      outputs[index] = value;
    }
    if (requiredSeen !== required) return refused;
    // Every member the input has is `before`'s: the output is `before` unless it had more.
    if (outputs === undefined && Object.keys(before).length === members) return before;
    const output: Record<string, unknown> = {};
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!;
      if (!Object.hasOwn(record, key)) continue;
      const value = outputs === undefined ? none : outputs[index];
      output[key] = value === none ? before[key] : value;
    }
    return finish(output);
  }

  return (input, previous) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return refused;
    if (!isPlainPrototype(Object.getPrototypeOf(input))) return refused;
    const record = input as Record<string, unknown>;
    return typeof previous === 'object' && previous !== null
      ? parseAgain(record, previous as Record<string, unknown>)
      : parseFresh(record);
  };
}

function compileArray(
  definition: Extract<SchemaDescription, { type: 'array' }>,
  finish: Finish,
): Part {
  const element = compile(definition.element, finish);
  const passes = checksOf(definition);
  return (input, previous) => {
    if (!Array.isArray(input) || !passes(input)) return refused;
    const before = Array.isArray(previous) ? (previous as readonly unknown[]) : undefined;
    // An item is compared with the previous one at its index: after an item is added or removed
    // at the end, the others are still shared.
    const same = before !== undefined && before.length === input.length;
    let output: unknown[] | undefined = same ? undefined : new Array<unknown>(input.length);
    for (let index = 0; index < input.length; index++) {
      const was = before !== undefined && index < before.length ? before[index] : none;
      const item = element(input[index], was);
      if (item === refused) return refused;
      if (output === undefined) {
        if (Object.is(item, was)) continue;
        output = before!.slice(0, index);
      }
      output[index] = item;
    }
    return output === undefined ? before : finish(output);
  };
}

function compile(definition: SchemaDescription, finish: Finish): Part {
  switch (definition.type) {
    case 'object':
      return compileObject(definition.shape, finish);
    case 'optional': {
      const inner = compile(definition.inner, finish);
      return (input, previous) => (input === undefined ? undefined : inner(input, previous));
    }
    case 'array':
      return compileArray(definition, finish);
    case 'string':
      return compileValue(definition, (input) => typeof input === 'string');
    case 'number':
      // zod 4 refuses NaN and the infinities.
      return compileValue(definition, Number.isFinite);
    case 'boolean':
      return compileValue(definition, (input) => typeof input === 'boolean');
    case 'enum':
    case 'literal': {
      const values = new Set<unknown>(definition.values);
      return compileValue(definition, (input) => values.has(input));
    }
  }
}

const leaveAsIs: Finish = (output) => output;

/**
 * Compiles a schema's description into a function that returns what zod's `parse` would, or
 * `refused` when it cannot be sure that zod accepts the value. With `frozen`, the output is
 * frozen and shares what did not change with `previous` (see `CompiledSchema`); without it,
 * `previous` is not read.
 */
export function compileSchema(
  description: SchemaDescription,
  { frozen = false }: { readonly frozen?: boolean } = {},
): CompiledSchema {
  if (!frozen) {
    const parse = compile(description, leaveAsIs);
    return (input) => parse(input, none);
  }
  const parse = compile(description, Object.freeze);
  return (input, previous = none) => parse(input, previous);
}

/**
 * A fast path for parsing a plan that is well-formed, compiled from the plan schema itself (zod
 * stays the one source of truth). zod without its JIT (which a Content Security Policy forbids)
 * took about 40% of a check of the large plan; these closures take a tenth of that. They accept
 * only what zod accepts and build the same output (members in the schema's order, absent members
 * left out), and they never explain: whatever they refuse is parsed by zod, which says what is
 * wrong. A schema part they do not know is refused when the module loads, so a schema change
 * cannot slip past them (`compiled-schema.test.ts` compares them with zod on random documents).
 */
import type { z } from 'zod';

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

// The parts of zod's definitions read here (zod 4's `_zod.def`, which the schema's own JSON
// Schema conversion also reads).
interface Definition {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDefinition } }[];
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly catchall?: Schema;
  readonly innerType?: Schema;
  readonly element?: Schema;
  readonly entries?: Readonly<Record<string, string | number>>;
  readonly values?: readonly unknown[];
}

interface CheckDefinition {
  readonly check: string;
  readonly maximum?: number;
  readonly minimum?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly fn?: (input: unknown) => unknown;
}

interface Schema {
  readonly _zod: { readonly def: Definition };
}

type Check = (input: never) => boolean;

function compileCheck({ check, ...definition }: CheckDefinition, where: string): Check {
  switch (check) {
    case 'max_length':
      return (input: { length: number }) => input.length <= definition.maximum!;
    case 'min_length':
      return (input: { length: number }) => input.length >= definition.minimum!;
    case 'greater_than':
      return definition.inclusive
        ? (input: number) => input >= definition.value!
        : (input: number) => input > definition.value!;
    case 'less_than':
      return definition.inclusive
        ? (input: number) => input <= definition.value!
        : (input: number) => input < definition.value!;
    case 'number_format':
      if (definition.format === 'safeint') return (input: number) => Number.isSafeInteger(input);
      break;
    case 'string_format':
      if (definition.format === 'regex') {
        const pattern = definition.pattern!;
        return (input: string) => {
          pattern.lastIndex = 0;
          return pattern.test(input);
        };
      }
      break;
    case 'custom': {
      const refinement = definition.fn!;
      // A refinement answering with a promise (an asynchronous one) is not a pass here.
      return (input: unknown) => refinement(input) === true;
    }
  }
  throw new Error(`compiled-schema: ${where} has a check it does not know (${check})`);
}

/** Whether a value passes the checks of a schema part (lengths, ranges, formats, refinements). */
function checksOf(definition: Definition, where: string): (input: unknown) => boolean {
  const checks = (definition.checks ?? []).map((check) => compileCheck(check._zod.def, where));
  if (checks.length === 0) return () => true;
  return (input) => {
    for (const check of checks) if (!check(input as never)) return false;
    return true;
  };
}

/** A value without parts (string, number, boolean, enum, literal): the output is the input. */
function compileValue(
  definition: Definition,
  where: string,
  accepts: (input: unknown) => boolean,
): Part {
  const passes = checksOf(definition, where);
  // Checks are pure: a value that passed them last time passes again.
  return (input, previous) =>
    Object.is(input, previous) ? previous : accepts(input) && passes(input) ? input : refused;
}

const plainPrototypes = new Set<unknown>([Object.prototype, null]);

function compileObject(definition: Definition, where: string, finish: Finish): Part {
  if (definition.catchall?._zod.def.type !== 'never') {
    throw new Error(`compiled-schema: ${where} is not a strict object`);
  }
  const keys = Object.keys(definition.shape!);
  const parts = keys.map((key) => compile(definition.shape![key]!, `${where}.${key}`, finish));
  const known = new Set(keys);
  return (input, previous) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return refused;
    if (!plainPrototypes.has(Object.getPrototypeOf(input))) return refused;
    for (const key in input) if (!known.has(key)) return refused;
    const record = input as Record<string, unknown>;
    const before =
      typeof previous === 'object' && previous !== null
        ? (previous as Record<string, unknown>)
        : undefined;
    // Made only once a member differs from the previous output's (or when there is none).
    let output: Record<string, unknown> | undefined = before === undefined ? {} : undefined;
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!;
      const present = Object.hasOwn(record, key);
      const was = before !== undefined && Object.hasOwn(before, key) ? before[key] : none;
      const value = parts[index]!(present ? record[key] : undefined, was);
      if (value === refused) return refused;
      // As zod does: an absent optional member stays absent, a member given as undefined stays.
      const kept = present || value !== undefined;
      if (output === undefined) {
        if (kept ? Object.is(value, was) : was === none) continue;
        output = {};
        for (const earlier of keys.slice(0, index)) {
          if (Object.hasOwn(before!, earlier)) output[earlier] = before![earlier];
        }
      }
      if (kept) output[key] = value;
    }
    return output === undefined ? before : finish(output);
  };
}

function compileArray(definition: Definition, where: string, finish: Finish): Part {
  const element = compile(definition.element!, `${where}[]`, finish);
  const passes = checksOf(definition, where);
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

function compile(schema: Schema, where: string, finish: Finish): Part {
  const definition = schema._zod.def;
  switch (definition.type) {
    case 'object':
      return compileObject(definition, where, finish);
    case 'optional': {
      const inner = compile(definition.innerType!, where, finish);
      return (input, previous) => (input === undefined ? undefined : inner(input, previous));
    }
    case 'array':
      return compileArray(definition, where, finish);
    case 'string':
      return compileValue(definition, where, (input) => typeof input === 'string');
    case 'number':
      // zod 4 refuses NaN and the infinities.
      return compileValue(definition, where, Number.isFinite);
    case 'boolean':
      return compileValue(definition, where, (input) => typeof input === 'boolean');
    case 'enum': {
      const values = new Set<unknown>(Object.values(definition.entries!));
      return compileValue(definition, where, (input) => values.has(input));
    }
    case 'literal': {
      const values = new Set<unknown>(definition.values);
      return compileValue(definition, where, (input) => values.has(input));
    }
  }
  throw new Error(`compiled-schema: ${where} is a ${definition.type}, which it does not compile`);
}

const leaveAsIs: Finish = (output) => output;

/**
 * Compiles `schema` into a function that returns what zod's `parse` would, or `refused` when it
 * cannot be sure that zod accepts the value. With `frozen`, the output is frozen and shares what
 * did not change with `previous` (see `CompiledSchema`); without it, `previous` is not read.
 */
export function compileSchema(
  schema: z.ZodType,
  name: string,
  { frozen = false }: { readonly frozen?: boolean } = {},
): CompiledSchema {
  if (!frozen) {
    const parse = compile(schema as unknown as Schema, name, leaveAsIs);
    return (input) => parse(input, none);
  }
  const parse = compile(schema as unknown as Schema, name, Object.freeze);
  return (input, previous = none) => parse(input, previous);
}

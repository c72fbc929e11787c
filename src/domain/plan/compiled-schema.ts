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

export type CompiledSchema = (input: unknown) => unknown;

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

function withChecks(
  definition: Definition,
  where: string,
  accepts: (input: unknown) => boolean,
): CompiledSchema {
  const checks = (definition.checks ?? []).map((check) => compileCheck(check._zod.def, where));
  if (checks.length === 0) return (input) => (accepts(input) ? input : refused);
  return (input) => {
    if (!accepts(input)) return refused;
    for (const check of checks) if (!check(input as never)) return refused;
    return input;
  };
}

const plainPrototypes = new Set<unknown>([Object.prototype, null]);

function compileObject(definition: Definition, where: string): CompiledSchema {
  if (definition.catchall?._zod.def.type !== 'never') {
    throw new Error(`compiled-schema: ${where} is not a strict object`);
  }
  const members = Object.entries(definition.shape!).map(
    ([key, schema]) => [key, compile(schema, `${where}.${key}`)] as const,
  );
  const keys = new Set(members.map(([key]) => key));
  return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return refused;
    if (!plainPrototypes.has(Object.getPrototypeOf(input))) return refused;
    for (const key in input) if (!keys.has(key)) return refused;
    const record = input as Record<string, unknown>;
    const output: Record<string, unknown> = {};
    for (const [key, member] of members) {
      const present = Object.hasOwn(record, key);
      const value = member(present ? record[key] : undefined);
      if (value === refused) return refused;
      // As zod does: an absent optional member stays absent, a member given as undefined stays.
      if (present || value !== undefined) output[key] = value;
    }
    return output;
  };
}

function compile(schema: Schema, where: string): CompiledSchema {
  const definition = schema._zod.def;
  switch (definition.type) {
    case 'object':
      return compileObject(definition, where);
    case 'optional': {
      const inner = compile(definition.innerType!, where);
      return (input) => (input === undefined ? undefined : inner(input));
    }
    case 'array': {
      const element = compile(definition.element!, `${where}[]`);
      const accepts = withChecks(definition, where, Array.isArray);
      return (input) => {
        if (accepts(input) === refused) return refused;
        const items = input as unknown[];
        const output = new Array<unknown>(items.length);
        for (let index = 0; index < items.length; index++) {
          const item = element(items[index]);
          if (item === refused) return refused;
          output[index] = item;
        }
        return output;
      };
    }
    case 'string':
      return withChecks(definition, where, (input) => typeof input === 'string');
    case 'number':
      // zod 4 refuses NaN and the infinities.
      return withChecks(definition, where, Number.isFinite);
    case 'boolean':
      return withChecks(definition, where, (input) => typeof input === 'boolean');
    case 'enum': {
      const values = new Set<unknown>(Object.values(definition.entries!));
      return withChecks(definition, where, (input) => values.has(input));
    }
    case 'literal': {
      const values = new Set<unknown>(definition.values);
      return withChecks(definition, where, (input) => values.has(input));
    }
  }
  throw new Error(`compiled-schema: ${where} is a ${definition.type}, which it does not compile`);
}

/**
 * Compiles `schema` into a function that returns what zod's `parse` would, or `refused` when it
 * cannot be sure that zod accepts the value.
 */
export function compileSchema(schema: z.ZodType, name: string): CompiledSchema {
  return compile(schema as unknown as Schema, name);
}

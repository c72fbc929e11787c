/**
 * A zod schema described as plain JSON data: what the compiled parser (compiled-schema.ts) needs
 * to accept exactly what zod accepts, without loading zod. The plan schema's description is a
 * generated file (plan-schema-description.json, `npm run generate`), so that `xks-planner check`
 * and the wizard's checks of a well-formed plan start without zod (a quarter of the CLI's start);
 * zod still parses, and explains, every plan the description refuses.
 *
 * Only the parts the plan schema uses are described; any other part, or a check or refinement
 * not listed here, makes `describeSchema` throw, so a schema change cannot slip past the parser.
 */
import type { z } from 'zod';
import { refinements, type RefinementName } from './plan-refinements';

export type CheckDescription =
  | { readonly check: 'max_length'; readonly maximum: number }
  | { readonly check: 'min_length'; readonly minimum: number }
  | {
      readonly check: 'greater_than' | 'less_than';
      readonly value: number;
      readonly inclusive: boolean;
    }
  | { readonly check: 'safe_integer' }
  | { readonly check: 'pattern'; readonly source: string; readonly flags: string }
  | { readonly check: 'refinement'; readonly name: RefinementName };

type Checks = { readonly checks?: readonly CheckDescription[] };

export type SchemaDescription =
  /** A strict object: members not in `shape` are refused. */
  | { readonly type: 'object'; readonly shape: Readonly<Record<string, SchemaDescription>> }
  | { readonly type: 'optional'; readonly inner: SchemaDescription }
  | ({ readonly type: 'array'; readonly element: SchemaDescription } & Checks)
  | ({ readonly type: 'string' | 'number' | 'boolean' } & Checks)
  | ({
      readonly type: 'enum' | 'literal';
      readonly values: readonly (string | number | boolean | null)[];
    } & Checks);

// The parts of zod 4's definitions read here (`_zod.def`, which zod's JSON Schema conversion
// reads too).
interface ZodDefinition {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: ZodCheckDefinition } }[];
  readonly shape?: Readonly<Record<string, ZodPart>>;
  readonly catchall?: ZodPart;
  readonly innerType?: ZodPart;
  readonly element?: ZodPart;
  readonly entries?: Readonly<Record<string, string | number>>;
  readonly values?: readonly unknown[];
  /** A format of the type itself (`z.email()`, `z.int()`), which its checks do not list. */
  readonly format?: string;
}

interface ZodCheckDefinition {
  readonly check: string;
  readonly maximum?: number;
  readonly minimum?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly fn?: unknown;
}

interface ZodPart {
  readonly _zod: { readonly def: ZodDefinition };
}

const refinementNames = new Map<unknown, RefinementName>(
  Object.entries(refinements).map(([name, refinement]) => [refinement, name as RefinementName]),
);

function describeCheck(definition: ZodCheckDefinition, where: string): CheckDescription {
  const { check } = definition;
  switch (check) {
    case 'max_length':
      return { check, maximum: definition.maximum! };
    case 'min_length':
      return { check, minimum: definition.minimum! };
    case 'greater_than':
    case 'less_than':
      return { check, value: definition.value!, inclusive: definition.inclusive === true };
    case 'number_format':
      if (definition.format === 'safeint') return { check: 'safe_integer' };
      break;
    case 'string_format':
      if (definition.format === 'regex') {
        const { source, flags } = definition.pattern!;
        return { check: 'pattern', source, flags };
      }
      break;
    case 'custom': {
      const name = refinementNames.get(definition.fn);
      if (name !== undefined) return { check: 'refinement', name };
      throw new Error(`schema-description: ${where} has a refinement not in plan-refinements.ts`);
    }
  }
  throw new Error(`schema-description: ${where} has a check it does not know (${check})`);
}

function checksOf(definition: ZodDefinition, where: string): Checks {
  const checks = (definition.checks ?? []).map((check) => describeCheck(check._zod.def, where));
  return checks.length === 0 ? {} : { checks };
}

const isJsonValue = (value: unknown): value is string | number | boolean | null =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

function describePart(part: ZodPart, where: string): SchemaDescription {
  const definition = part._zod.def;
  switch (definition.type) {
    case 'object': {
      if (definition.catchall?._zod.def.type !== 'never') {
        throw new Error(`schema-description: ${where} is not a strict object`);
      }
      const shape = Object.fromEntries(
        Object.entries(definition.shape!).map(([key, member]) => [
          key,
          describePart(member, `${where}.${key}`),
        ]),
      );
      if (definition.checks?.length) break;
      return { type: 'object', shape };
    }
    case 'optional':
      return { type: 'optional', inner: describePart(definition.innerType!, where) };
    case 'array':
      return {
        type: 'array',
        element: describePart(definition.element!, `${where}[]`),
        ...checksOf(definition, where),
      };
    case 'string':
    case 'number':
    case 'boolean':
      if (definition.format !== undefined) break;
      return { type: definition.type, ...checksOf(definition, where) };
    case 'enum':
    case 'literal': {
      const values =
        definition.type === 'enum' ? Object.values(definition.entries!) : definition.values!;
      if (!values.every(isJsonValue)) break;
      return { type: definition.type, values, ...checksOf(definition, where) };
    }
  }
  const format = definition.format === undefined ? '' : ` of format ${definition.format}`;
  throw new Error(
    `schema-description: ${where} is a ${definition.type}${format} it cannot describe as plain data`,
  );
}

/** The description of `schema`; throws for any part the compiled parser would not know. */
export function describeSchema(schema: z.ZodType, name: string): SchemaDescription {
  return describePart(schema as unknown as ZodPart, name);
}

/** The description of the member at `path` (optional objects on the way are looked into). */
export function memberOf(
  description: SchemaDescription,
  path: readonly string[],
): SchemaDescription {
  let part = description;
  for (const key of path) {
    if (part.type === 'optional') part = part.inner;
    if (part.type !== 'object' || !Object.hasOwn(part.shape, key)) {
      throw new Error(`schema-description: no member ${path.join('.')}`);
    }
    part = part.shape[key]!;
  }
  return part;
}

/** The member names of the object at `path`, in the schema's order. */
export function memberNamesOf(
  description: SchemaDescription,
  path: readonly string[],
): readonly string[] {
  const member = memberOf(description, path);
  const part = member.type === 'optional' ? member.inner : member;
  if (part.type !== 'object') throw new Error(`schema-description: ${path.join('.')} is no object`);
  return Object.keys(part.shape);
}

/**
 * A small TypeScript syntax tree, just what a CDK app needs. Literals (data, escaped by the
 * printer) and names (identifiers the generator chooses, never plan text) are different node
 * types, so a plan string can only ever become a string literal.
 */

export type TsExpression =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'this' }
  /** An identifier chosen by the generator, e.g. `cdk`. */
  | { readonly kind: 'identifier'; readonly name: string }
  /** `object.property`; the property is an identifier. */
  | { readonly kind: 'member'; readonly object: TsExpression; readonly property: string }
  | { readonly kind: 'call'; readonly callee: TsExpression; readonly args: readonly TsExpression[] }
  | { readonly kind: 'new'; readonly callee: TsExpression; readonly args: readonly TsExpression[] }
  | { readonly kind: 'array'; readonly items: readonly TsExpression[] }
  /** Keys are data: printed bare when they are identifiers, as string literals otherwise. */
  | {
      readonly kind: 'object';
      readonly entries: readonly (readonly [string, TsExpression])[];
    }
  /** `a + b + c`: string concatenation. */
  | { readonly kind: 'concat'; readonly parts: readonly TsExpression[] }
  /** `expression as Type`, the type a dotted name such as `ec2.CfnVPCEndpointService`. */
  | { readonly kind: 'as'; readonly expression: TsExpression; readonly type: string };

export interface TsParameter {
  readonly name: string;
  /** A dotted type name, e.g. `cdk.StackProps`; optional parameters end with `?`. */
  readonly type: string;
  readonly optional?: boolean;
}

export type TsStatement =
  /** `import * as <alias> from "<module>";` */
  | { readonly kind: 'importNamespace'; readonly alias: string; readonly module: string }
  /** `import { a, b } from "<module>";` */
  | {
      readonly kind: 'importNamed';
      readonly names: readonly string[];
      readonly module: string;
      /** `import type { ... }`: the names are used as types only. */
      readonly typeOnly?: boolean;
    }
  | {
      readonly kind: 'const';
      readonly name: string;
      readonly value: TsExpression;
      readonly exported?: boolean;
    }
  | { readonly kind: 'expression'; readonly expression: TsExpression }
  /** `super(args);` */
  | { readonly kind: 'super'; readonly args: readonly TsExpression[] }
  /** `// ...` lines; line breaks in the text become spaces. */
  | { readonly kind: 'comment'; readonly lines: readonly string[] }
  | { readonly kind: 'blank' }
  /** `target.property = value;` */
  | {
      readonly kind: 'assign';
      readonly target: TsExpression;
      readonly property: string;
      readonly value: TsExpression;
    }
  | {
      readonly kind: 'class';
      readonly name: string;
      readonly exported: boolean;
      readonly extends: string;
      readonly constructorParameters: readonly TsParameter[];
      readonly body: readonly TsStatement[];
    };

export const tsStr = (value: string): TsExpression => ({ kind: 'string', value });
export const tsNum = (value: number): TsExpression => ({ kind: 'number', value });
export const tsBool = (value: boolean): TsExpression => ({ kind: 'boolean', value });
export const tsThis: TsExpression = { kind: 'this' };

/** `a.b.c` from a dotted path of identifiers. */
export function tsRef(path: string): TsExpression {
  const [first, ...rest] = path.split('.');
  let expression: TsExpression = first === 'this' ? tsThis : { kind: 'identifier', name: first! };
  for (const property of rest) expression = { kind: 'member', object: expression, property };
  return expression;
}

export const tsMember = (object: TsExpression, property: string): TsExpression => ({
  kind: 'member',
  object,
  property,
});
export const tsCall = (callee: TsExpression | string, ...args: TsExpression[]): TsExpression => ({
  kind: 'call',
  callee: typeof callee === 'string' ? tsRef(callee) : callee,
  args,
});
export const tsNew = (callee: string, ...args: TsExpression[]): TsExpression => ({
  kind: 'new',
  callee: tsRef(callee),
  args,
});
export const tsArray = (items: readonly TsExpression[]): TsExpression => ({ kind: 'array', items });
export const tsObject = (
  entries: readonly (readonly [string, TsExpression] | undefined)[],
): TsExpression => ({
  kind: 'object',
  entries: entries.filter((entry) => entry !== undefined),
});
/** `a + b + c`; adjacent string literals are joined into one (a single string stays a literal). */
export function tsConcat(...parts: TsExpression[]): TsExpression {
  const joined: TsExpression[] = [];
  for (const part of parts) {
    const last = joined.at(-1);
    if (part.kind === 'string' && last?.kind === 'string') {
      joined[joined.length - 1] = { kind: 'string', value: last.value + part.value };
    } else joined.push(part);
  }
  return joined.length === 1 ? joined[0]! : { kind: 'concat', parts: joined };
}
export const tsAs = (expression: TsExpression, type: string): TsExpression => ({
  kind: 'as',
  expression,
  type,
});

export const tsConst = (name: string, value: TsExpression, exported = false): TsStatement => ({
  kind: 'const',
  name,
  value,
  exported,
});
export const tsExpr = (expression: TsExpression): TsStatement => ({
  kind: 'expression',
  expression,
});
export const tsComment = (...lines: string[]): TsStatement => ({ kind: 'comment', lines });
export const tsBlank: TsStatement = { kind: 'blank' };

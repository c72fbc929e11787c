/**
 * A small HCL syntax tree (modelled on hashicorp/hcl's hclwrite): literals and references are
 * different node types from the start, so the printer never has to guess whether a string is
 * data (escaped) or an expression (printed as written).
 */

/** One step of a traversal: an attribute name, or an index such as `[0]`. */
export type TraversalStep = string | number;

export type Expression =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'null' }
  /** `var.region`, `aws_lb.proxy.arn`, `aws_kms_key.k[0].key_id`. */
  | { readonly kind: 'reference'; readonly steps: readonly TraversalStep[] }
  /** A quoted template: literal text (escaped) and interpolated expressions. */
  | { readonly kind: 'template'; readonly parts: readonly (string | Expression)[] }
  /** `multiline` puts each item on its own line even when they fit on one (as lock files are). */
  | { readonly kind: 'list'; readonly items: readonly Expression[]; readonly multiline?: boolean }
  /** Keys are literal names: printed bare when they are identifiers, quoted otherwise. */
  | { readonly kind: 'object'; readonly entries: readonly (readonly [string, Expression])[] }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Expression[] }
  /** `[for <variable> in <collection> : <body>]`. */
  | {
      readonly kind: 'for-list';
      readonly variable: string;
      readonly collection: Expression;
      readonly body: Expression;
    }
  | {
      readonly kind: 'conditional';
      readonly condition: Expression;
      readonly whenTrue: Expression;
      readonly whenFalse: Expression;
    }
  | {
      readonly kind: 'binary';
      readonly operator: '==' | '!=' | '&&' | '||' | '>=' | '<=';
      readonly left: Expression;
      readonly right: Expression;
    };

export interface Attribute {
  readonly kind: 'attribute';
  readonly name: string;
  readonly value: Expression;
}

export interface Block {
  readonly kind: 'block';
  readonly type: string;
  readonly labels: readonly string[];
  readonly body: readonly BodyItem[];
}

/** A `#` comment; each line is printed on its own, line breaks in the text become spaces. */
export interface Comment {
  readonly kind: 'comment';
  readonly lines: readonly string[];
}

export type BodyItem = Attribute | Block | Comment;

export const str = (value: string): Expression => ({ kind: 'string', value });
export const num = (value: number): Expression => ({ kind: 'number', value });
export const bool = (value: boolean): Expression => ({ kind: 'bool', value });
export const nullValue: Expression = { kind: 'null' };
export const ref = (...steps: TraversalStep[]): Expression => ({ kind: 'reference', steps });
export const template = (...parts: (string | Expression)[]): Expression => ({
  kind: 'template',
  parts,
});
export const list = (
  items: readonly Expression[],
  options: { readonly multiline?: boolean } = {},
): Expression => ({ kind: 'list', items, ...options });
export const object = (entries: readonly (readonly [string, Expression])[]): Expression => ({
  kind: 'object',
  entries,
});
export const call = (name: string, ...args: Expression[]): Expression => ({
  kind: 'call',
  name,
  args,
});
export const forList = (
  variable: string,
  collection: Expression,
  body: Expression,
): Expression => ({ kind: 'for-list', variable, collection, body });
export const conditional = (
  condition: Expression,
  whenTrue: Expression,
  whenFalse: Expression,
): Expression => ({ kind: 'conditional', condition, whenTrue, whenFalse });
export const binary = (
  left: Expression,
  operator: '==' | '!=' | '&&' | '||' | '>=' | '<=',
  right: Expression,
): Expression => ({ kind: 'binary', operator, left, right });

export const attr = (name: string, value: Expression): Attribute => ({
  kind: 'attribute',
  name,
  value,
});
export const block = (
  type: string,
  labels: readonly string[],
  body: readonly BodyItem[],
): Block => ({
  kind: 'block',
  type,
  labels,
  body,
});
export const comment = (...lines: string[]): Comment => ({ kind: 'comment', lines });

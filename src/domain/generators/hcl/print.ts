/**
 * Prints an HCL syntax tree as Terraform source: two-space indent, `=` aligned within runs of
 * attributes (as `terraform fmt` does), one blank line around blocks, LF line ends and exactly one
 * trailing newline. Every literal string is escaped as hclwrite's `escapeQuotedStringLit` does,
 * so user data can never end a string, start an interpolation or a directive, or break a line.
 */
import type { Attribute, Block, BodyItem, Comment, Expression, TraversalStep } from './syntax';

const indentUnit = '  ';
const maxInlineListWidth = 80;

const identifierPattern = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Names that read as literals or keywords where HCL expects an expression. */
const keywords = new Set(['true', 'false', 'null', 'for', 'in', 'if', 'else', 'endif', 'endfor']);

export function isHclIdentifier(name: string): boolean {
  return identifierPattern.test(name);
}

function identifier(name: string): string {
  if (!isHclIdentifier(name)) throw new Error(`not an HCL identifier: ${JSON.stringify(name)}`);
  return name;
}

/** Code points HCL cannot hold literally in a quoted string: controls, format and separators. */
const nonPrintable = /[\p{Cc}\p{Cf}\p{Co}\p{Zl}\p{Zp}]/u;
const loneSurrogate = /\p{Cs}/u;

function unicodeEscape(codePoint: number): string {
  const hex = codePoint.toString(16).toUpperCase();
  return codePoint <= 0xffff ? `\\u${hex.padStart(4, '0')}` : `\\U${hex.padStart(8, '0')}`;
}

/**
 * The body of a quoted HCL string (without the quotes) whose value is `value`. A lone UTF-16
 * surrogate cannot be written in UTF-8 source and becomes U+FFFD.
 */
export function escapeHclString(value: string): string {
  const characters = [...value];
  let escaped = '';
  for (let index = 0; index < characters.length; index++) {
    const character = characters[index]!;
    const next = characters[index + 1];
    if (character === '\\') escaped += '\\\\';
    else if (character === '"') escaped += '\\"';
    else if (character === '\n') escaped += '\\n';
    else if (character === '\r') escaped += '\\r';
    else if (character === '\t') escaped += '\\t';
    else if ((character === '$' || character === '%') && next === '{') {
      escaped += character + character;
    } else if (loneSurrogate.test(character)) escaped += '\uFFFD';
    else if (nonPrintable.test(character)) escaped += unicodeEscape(character.codePointAt(0)!);
    else escaped += character;
  }
  return escaped;
}

function quoted(value: string): string {
  return `"${escapeHclString(value)}"`;
}

function objectKey(key: string): string {
  return isHclIdentifier(key) && !keywords.has(key) ? key : quoted(key);
}

function traversal(steps: readonly TraversalStep[]): string {
  const [root, ...rest] = steps;
  if (typeof root !== 'string') throw new Error('a traversal starts with a name');
  let printed = identifier(root);
  for (const step of rest) {
    if (typeof step === 'number') {
      if (!Number.isInteger(step) || step < 0) throw new Error(`bad index ${step}`);
      printed += `[${step}]`;
    } else printed += `.${identifier(step)}`;
  }
  return printed;
}

function isCompound(expression: Expression): boolean {
  return expression.kind === 'binary' || expression.kind === 'conditional';
}

function operand(expression: Expression, depth: number): string {
  const printed = printExpression(expression, depth);
  return isCompound(expression) ? `(${printed})` : printed;
}

/**
 * `key = value` lines with `=` aligned within each run of single-line values; a multi-line value
 * ends a run and is not padded (as `terraform fmt` does).
 */
function alignedLines(
  entries: readonly (readonly [string, Expression])[],
  depth: number,
  printKey: (key: string) => string,
): string[] {
  const indent = indentUnit.repeat(depth);
  const printed = entries.map(([key, value]) => ({
    key: printKey(key),
    value: printExpression(value, depth),
  }));
  const lines: string[] = [];
  let run: { key: string; value: string }[] = [];
  const flush = () => {
    const width = Math.max(0, ...run.map((entry) => entry.key.length));
    for (const entry of run) lines.push(`${indent}${entry.key.padEnd(width)} = ${entry.value}`);
    run = [];
  };
  for (const entry of printed) {
    if (entry.value.includes('\n')) {
      flush();
      lines.push(`${indent}${entry.key} = ${entry.value}`);
    } else run.push(entry);
  }
  flush();
  return lines;
}

/** Prints an expression whose first line continues the current line at nesting `depth`. */
export function printExpression(expression: Expression, depth = 0): string {
  switch (expression.kind) {
    case 'string':
      return quoted(expression.value);
    case 'number':
      if (!Number.isFinite(expression.value)) throw new Error('HCL numbers are finite');
      return String(expression.value);
    case 'bool':
      return String(expression.value);
    case 'null':
      return 'null';
    case 'reference':
      return traversal(expression.steps);
    case 'template':
      return `"${expression.parts
        .map((part) =>
          typeof part === 'string' ? escapeHclString(part) : `\${${printExpression(part, depth)}}`,
        )
        .join('')}"`;
    case 'list': {
      if (expression.items.length === 0) return '[]';
      const inline = `[${expression.items.map((item) => printExpression(item, depth)).join(', ')}]`;
      const simple = expression.items.every((item) => item.kind !== 'object');
      const fits = !inline.includes('\n') && inline.length <= maxInlineListWidth;
      if (simple && fits && expression.multiline !== true) return inline;
      const inner = indentUnit.repeat(depth + 1);
      const items = expression.items.map((item) => `${inner}${printExpression(item, depth + 1)},`);
      return `[\n${items.join('\n')}\n${indentUnit.repeat(depth)}]`;
    }
    case 'object': {
      if (expression.entries.length === 0) return '{}';
      const lines = alignedLines(expression.entries, depth + 1, objectKey);
      return `{\n${lines.join('\n')}\n${indentUnit.repeat(depth)}}`;
    }
    case 'call':
      return `${identifier(expression.name)}(${expression.args
        .map((arg) => printExpression(arg, depth))
        .join(', ')})`;
    case 'for-list':
      return `[for ${identifier(expression.variable)} in ${operand(expression.collection, depth)} : ${printExpression(expression.body, depth)}]`;
    case 'conditional':
      return `${operand(expression.condition, depth)} ? ${operand(expression.whenTrue, depth)} : ${operand(expression.whenFalse, depth)}`;
    case 'binary':
      return `${operand(expression.left, depth)} ${expression.operator} ${operand(expression.right, depth)}`;
  }
}

const lineBreaks = /[\r\n\u0085\u2028\u2029]|\p{Cc}/gu;

function commentLines(item: Comment, depth: number): string[] {
  const indent = indentUnit.repeat(depth);
  return item.lines.map((line) => {
    const text = line
      .replace(lineBreaks, ' ')
      .replace(/\p{Cs}/gu, '\uFFFD')
      .trimEnd();
    return text === '' ? `${indent}#` : `${indent}# ${text}`;
  });
}

function blockLines(item: Block, depth: number): string[] {
  const indent = indentUnit.repeat(depth);
  const header = [identifier(item.type), ...item.labels.map(quoted)].join(' ');
  if (item.body.length === 0) return [`${indent}${header} {}`];
  return [`${indent}${header} {`, ...bodyLines(item.body, depth + 1, false), `${indent}}`];
}

/** Consecutive body items printed together: an aligned run of attributes, or one block. */
interface Group {
  readonly comments: readonly Comment[];
  readonly attributes: readonly Attribute[];
  readonly block?: Block;
}

function groups(items: readonly BodyItem[]): Group[] {
  const result: Group[] = [];
  let comments: Comment[] = [];
  let run: { comments: readonly Comment[]; attributes: Attribute[] } | undefined;
  for (const item of items) {
    if (item.kind === 'attribute') {
      // Comments end a run: the commented attribute starts the next one.
      if (run === undefined || comments.length > 0) {
        run = { comments, attributes: [] };
        result.push(run);
        comments = [];
      }
      run.attributes.push(item);
      continue;
    }
    run = undefined;
    if (item.kind === 'comment') {
      // Only the last of several comments belongs to the next item; the others stand alone.
      if (comments.length > 0) result.push({ comments, attributes: [] });
      comments = [item];
    } else {
      result.push({ comments, attributes: [], block: item });
      comments = [];
    }
  }
  if (comments.length > 0) result.push({ comments, attributes: [] });
  return result;
}

function bodyLines(items: readonly BodyItem[], depth: number, topLevel: boolean): string[] {
  const lines: string[] = [];
  let previous: Group | undefined;
  for (const group of groups(items)) {
    const separate =
      previous !== undefined &&
      (topLevel || group.block !== undefined || previous.block !== undefined);
    if (separate) lines.push('');
    for (const item of group.comments) lines.push(...commentLines(item, depth));
    if (group.attributes.length > 0) {
      lines.push(
        ...alignedLines(
          group.attributes.map((attribute) => [attribute.name, attribute.value] as const),
          depth,
          identifier,
        ),
      );
    }
    if (group.block) lines.push(...blockLines(group.block, depth));
    previous = group;
  }
  return lines;
}

/** A whole `.tf` file: top-level items separated by blank lines, one trailing newline. */
export function printHclFile(items: readonly BodyItem[]): string {
  return `${bodyLines(items, 0, true).join('\n')}\n`;
}

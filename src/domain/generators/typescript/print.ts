/**
 * Prints the TypeScript syntax tree: 2-space indent, one entry per line in non-empty objects and
 * arrays, trailing commas, double quotes. Every string literal is `JSON.stringify` of its value
 * (a JSON string is a valid TypeScript string literal), with U+2028 and U+2029 escaped too, so
 * no plan text can end a literal, a comment or a line.
 */
import type { TsExpression, TsParameter, TsStatement } from './syntax';

const identifierPattern = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const dottedPattern = /^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)*$/;
const reserved = new Set([
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'import',
  'in',
  'instanceof',
  'new',
  'null',
  'return',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
]);

/** A name the generator chose: anything else is a bug, never plan text. */
function name(text: string): string {
  if (!identifierPattern.test(text) || reserved.has(text)) {
    throw new Error(`Not a TypeScript identifier: ${JSON.stringify(text)}`);
  }
  return text;
}

function typeName(text: string): string {
  if (!dottedPattern.test(text)) throw new Error(`Not a type name: ${JSON.stringify(text)}`);
  return text;
}

/** A TypeScript string literal whose value is exactly `value`. */
export function printStringLiteral(value: string): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function printNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
  return Object.is(value, -0) ? '0' : String(value);
}

/**
 * Object keys: bare when an identifier (reserved words are fine as keys), quoted otherwise.
 * `__proto__` is computed: written plainly, an object literal would set its prototype instead.
 */
function printKey(key: string): string {
  if (key === '__proto__') return `[${printStringLiteral(key)}]`;
  return identifierPattern.test(key) ? key : printStringLiteral(key);
}

function printList(open: string, close: string, items: readonly string[], indent: string): string {
  if (items.length === 0) return `${open}${close}`;
  const inner = `${indent}  `;
  return `${open}\n${items.map((item) => `${inner}${item},\n`).join('')}${indent}${close}`;
}

/** Operands of `.`, `()` and `new` that need no parentheses. */
function isPrimary(expression: TsExpression): boolean {
  return !['concat', 'as', 'new', 'number'].includes(expression.kind);
}

export function printExpression(expression: TsExpression, indent = ''): string {
  const inner = `${indent}  `;
  switch (expression.kind) {
    case 'string':
      return printStringLiteral(expression.value);
    case 'number':
      return printNumber(expression.value);
    case 'boolean':
      return expression.value ? 'true' : 'false';
    case 'this':
      return 'this';
    case 'identifier':
      return name(expression.name);
    case 'member': {
      const object = printExpression(expression.object, indent);
      return `${isPrimary(expression.object) ? object : `(${object})`}.${name(expression.property)}`;
    }
    case 'call':
    case 'new': {
      const callee = printExpression(expression.callee, indent);
      const wrapped = isPrimary(expression.callee) ? callee : `(${callee})`;
      const args = expression.args.map((arg) => printExpression(arg, indent)).join(', ');
      return `${expression.kind === 'new' ? 'new ' : ''}${wrapped}(${args})`;
    }
    case 'array':
      return printList(
        '[',
        ']',
        expression.items.map((item) => printExpression(item, inner)),
        indent,
      );
    case 'object':
      return printList(
        '{',
        '}',
        expression.entries.map(
          ([key, value]) => `${printKey(key)}: ${printExpression(value, inner)}`,
        ),
        indent,
      );
    case 'concat':
      return expression.parts
        .map((part) => {
          const text = printExpression(part, indent);
          return part.kind === 'concat' || part.kind === 'as' ? `(${text})` : text;
        })
        .join(' + ');
    case 'as': {
      const text = printExpression(expression.expression, indent);
      const wrapped = expression.expression.kind === 'concat' ? `(${text})` : text;
      return `${wrapped} as ${typeName(expression.type)}`;
    }
  }
}

function printParameter(parameter: TsParameter): string {
  return `${name(parameter.name)}${parameter.optional ? '?' : ''}: ${typeName(parameter.type)}`;
}

/** Comment text on one line: every line terminator and control character becomes a space. */
function commentText(text: string): string {
  return text.replace(/[\p{Cc}\u0085\u2028\u2029]/gu, ' ').trimEnd();
}

function printStatement(statement: TsStatement, indent: string): string[] {
  switch (statement.kind) {
    case 'importNamespace':
      return [
        `${indent}import * as ${name(statement.alias)} from ${printStringLiteral(statement.module)};`,
      ];
    case 'importNamed':
      return [
        `${indent}import ${statement.typeOnly ? 'type ' : ''}{ ${statement.names.map(name).join(', ')} } from ${printStringLiteral(statement.module)};`,
      ];
    case 'const':
      return [
        `${indent}${statement.exported ? 'export ' : ''}const ${name(statement.name)} = ${printExpression(statement.value, indent)};`,
      ];
    case 'expression': {
      const text = printExpression(statement.expression, indent);
      // A statement starting with `{` would be a block: never generated, but never wrong either.
      return [`${indent}${text.startsWith('{') ? `(${text})` : text};`];
    }
    case 'super':
      return [
        `${indent}super(${statement.args.map((arg) => printExpression(arg, indent)).join(', ')});`,
      ];
    case 'comment':
      return statement.lines.map(
        (line) => `${indent}//${line === '' ? '' : ` ${commentText(line)}`}`,
      );
    case 'blank':
      return [''];
    case 'assign':
      return [
        `${indent}${printExpression(statement.target, indent)}.${name(statement.property)} = ${printExpression(statement.value, indent)};`,
      ];
    case 'class': {
      const inner = `${indent}  `;
      const body = `${inner}  `;
      return [
        `${indent}${statement.exported ? 'export ' : ''}class ${name(statement.name)} extends ${typeName(statement.extends)} {`,
        `${inner}constructor(${statement.constructorParameters.map(printParameter).join(', ')}) {`,
        ...statement.body.flatMap((child) => printStatement(child, body)),
        `${inner}}`,
        `${indent}}`,
      ];
    }
  }
}

/** A whole file: statements in order, blank lines never doubled, exactly one final newline. */
export function printTsFile(statements: readonly TsStatement[]): string {
  const lines = statements.flatMap((statement) => printStatement(statement, ''));
  const compact = lines.filter((line, index) => !(line === '' && lines[index - 1] === ''));
  while (compact[0] === '') compact.shift();
  while (compact.at(-1) === '') compact.pop();
  return `${compact.join('\n')}\n`;
}

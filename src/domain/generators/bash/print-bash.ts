import type { Command, Script, Statement, Word, WordPart } from './bash-syntax';

/** Characters that mean nothing special to bash anywhere in a word, so they need no quotes. */
const safeUnquoted = /^[A-Za-z0-9_@%+=:,./-]+$/;
const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;
const maxLineLength = 100;
const indentStep = '  ';

/**
 * Quotes a string as one bash word that expands to exactly that string. Inside single quotes
 * every character is literal except the single quote itself, which is written as '\'' (close,
 * escaped quote, reopen). Text with `$` or a backtick is double-quoted instead, with \ " $ and `
 * escaped: in single quotes shellcheck (SC2016) takes them for an expansion written by mistake.
 * Not when it also holds \x01 or \x7f: bash (5.2) uses those as internal markers and, in double
 * quotes within an array assignment, doubles \x01 and puts \x01 before \x7f.
 * Bash arguments cannot hold NUL, so a NUL is refused rather than lost.
 */
export function quoteBashLiteral(value: string): string {
  if (value.includes('\0')) throw new RangeError('A bash word cannot contain a NUL character');
  if (safeUnquoted.test(value)) return value;
  if (/[$`]/.test(value) && !value.includes('\x01') && !value.includes('\x7f')) {
    return `"${value.replace(/[\\"$`]/g, (special) => `\\${special}`)}"`;
  }
  return `'${value.replaceAll("'", "'\\''")}'`;
}

function checkedName(name: string): string {
  if (!identifier.test(name)) throw new RangeError(`Not a bash variable name: ${name}`);
  return name;
}

function printPart(part: WordPart, indent: string): string {
  switch (part.kind) {
    case 'literal':
      return quoteBashLiteral(part.value);
    case 'variable':
      return `"\${${checkedName(part.name)}}"`;
    case 'array-elements':
      return `"\${${checkedName(part.name)}[@]}"`;
    case 'command-output':
      return `"$(${printCommand(part.command, indent)})"`;
  }
}

export function printWord(value: Word, indent = ''): string {
  if (value.parts.length === 0) return "''";
  return value.parts.map((part) => printPart(part, indent)).join('');
}

const isLongOption = (value: Word) =>
  value.parts.length === 1 &&
  value.parts[0]!.kind === 'literal' &&
  /^--[a-z0-9-]+$/.test(value.parts[0]!.value);

/**
 * A flag and its one value print as `--flag=value`: a value that starts with `-` (an XksKeyId or
 * a name may) would otherwise be read as another option. An array's elements stay separate words.
 */
function printGroup(group: readonly Word[], indent: string): string {
  const [flag, value] = group;
  const oneValue =
    value !== undefined && value.parts.every((part) => part.kind !== 'array-elements');
  if (group.length === 2 && isLongOption(flag!) && oneValue) {
    return `${printWord(flag!, indent)}=${printWord(value!, indent)}`;
  }
  return group.map((item) => printWord(item, indent)).join(' ');
}

/** One line when it fits, otherwise one flag group per continuation line. */
function printCommand(value: Command, indent: string): string {
  const inner = indent + indentStep;
  const head = value.head.map((item) => printWord(item, inner)).join(' ');
  const groups = value.groups.map((group) => printGroup(group, inner));
  const redirect = value.quiet ? ' >/dev/null' : '';
  const oneLine = [head, ...groups].join(' ') + redirect;
  if (
    groups.length === 0 ||
    (indent.length + oneLine.length <= maxLineLength && !oneLine.includes('\n'))
  ) {
    return oneLine;
  }
  return [head, ...groups].join(` \\\n${inner}`) + redirect;
}

function printComment(text: string): string {
  // Comments are the generator's own words: a line break would turn the rest into code.
  if (/[\n\r]/.test(text)) throw new RangeError('A comment must be a single line');
  return text === '' ? '#' : `# ${text}`;
}

/** A statement at `indent`: continuation lines go deeper, quoted text is never re-indented. */
function printStatement(statement: Statement, indent = ''): string {
  switch (statement.kind) {
    case 'comment':
      return indent + printComment(statement.text);
    case 'blank':
      return '';
    case 'assign':
      return `${indent}${checkedName(statement.name)}=${printWord(statement.value, indent)}`;
    case 'assign-array': {
      const name = checkedName(statement.name);
      const items = statement.values.map((item) => printWord(item, indent));
      const oneLine = `${indent}${name}=(${items.join(' ')})`;
      if (oneLine.length <= maxLineLength && !oneLine.includes('\n')) return oneLine;
      return [
        `${indent}${name}=(`,
        ...items.map((item) => indent + indentStep + item),
        `${indent})`,
      ].join('\n');
    }
    case 'command':
      return indent + printCommand(statement.command, indent);
    case 'verbatim':
      return statement.lines.map((line) => (line === '' ? line : indent + line)).join('\n');
    case 'unless-set':
      return [
        `${indent}if [[ -z "\${${checkedName(statement.name)}}" ]]; then`,
        ...statement.then.map((inner) => printStatement(inner, indent + indentStep)),
        `${indent}fi`,
      ].join('\n');
  }
}

/** The script's text: LF line ends, exactly one trailing newline. */
export function printBash(script: Script): string {
  return `${script.statements
    .map((statement) => printStatement(statement))
    .join('\n')
    .trimEnd()}\n`;
}

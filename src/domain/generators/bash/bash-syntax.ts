/**
 * A small syntax tree for the bash scripts the exports print. User data only ever enters a script
 * as a `literal` word part, which the printer quotes; fixed script text (helper functions, tests
 * on the script's own variables) is a `verbatim` statement and must never contain user data.
 */

/** Part of a word: a literal string (quoted on print) or the value of a shell variable. */
export type WordPart =
  | { readonly kind: 'literal'; readonly value: string }
  | { readonly kind: 'variable'; readonly name: string }
  /** Every element of an array variable, each as its own word: "${name[@]}". */
  | { readonly kind: 'array-elements'; readonly name: string }
  /** The output of a command: "$(...)". */
  | { readonly kind: 'command-output'; readonly command: Command };

/** One shell word: its parts are concatenated without spaces. */
export interface Word {
  readonly parts: readonly WordPart[];
}

/**
 * A simple command. `groups` are the arguments after `head`, one group per flag and its values:
 * the printer breaks long commands between groups.
 */
export interface Command {
  readonly head: readonly Word[];
  readonly groups: readonly (readonly Word[])[];
  /** Sends standard output to /dev/null. */
  readonly quiet?: boolean;
}

export type Statement =
  | { readonly kind: 'comment'; readonly text: string }
  | { readonly kind: 'blank' }
  | { readonly kind: 'assign'; readonly name: string; readonly value: Word }
  | { readonly kind: 'assign-array'; readonly name: string; readonly values: readonly Word[] }
  | { readonly kind: 'command'; readonly command: Command }
  /** Fixed shell code written by the generator's authors; never built from user data. */
  | { readonly kind: 'verbatim'; readonly lines: readonly string[] }
  /** `if [[ -z "${name}" ]]; then ... fi`: runs `then` only while the variable is empty. */
  | { readonly kind: 'unless-set'; readonly name: string; readonly then: readonly Statement[] };

export interface Script {
  readonly statements: readonly Statement[];
}

export type WordInput = string | Word;

export const literal = (value: string): WordPart => ({ kind: 'literal', value });
export const variable = (name: string): WordPart => ({ kind: 'variable', name });

/** A word; plain strings are literal parts. */
export function word(...parts: readonly (string | WordPart)[]): Word {
  return { parts: parts.map((part) => (typeof part === 'string' ? literal(part) : part)) };
}

const toWord = (input: WordInput): Word => (typeof input === 'string' ? word(input) : input);

/** "$name" as a whole word. */
export const ref = (name: string): Word => word(variable(name));
export const arrayElements = (name: string): Word => ({
  parts: [{ kind: 'array-elements', name }],
});
export const output = (command: Command): Word => ({
  parts: [{ kind: 'command-output', command }],
});

/** A command; `head` words are printed on the first line, each group may go on its own line. */
export function command(
  head: readonly WordInput[],
  ...groups: readonly (readonly WordInput[])[]
): Command {
  return {
    head: head.map(toWord),
    groups: groups.filter((group) => group.length > 0).map((group) => group.map(toWord)),
  };
}

/** The same command with its standard output discarded. */
export const quiet = (value: Command): Command => ({ ...value, quiet: true });

export const comment = (text: string): Statement => ({ kind: 'comment', text });
export const blank: Statement = { kind: 'blank' };
export const assign = (name: string, value: WordInput): Statement => ({
  kind: 'assign',
  name,
  value: toWord(value),
});
export const assignArray = (name: string, values: readonly WordInput[]): Statement => ({
  kind: 'assign-array',
  name,
  values: values.map(toWord),
});
export const run = (value: Command): Statement => ({ kind: 'command', command: value });
export const unlessSet = (name: string, ...then: readonly Statement[]): Statement => ({
  kind: 'unless-set',
  name,
  then,
});
export const verbatim = (...lines: readonly string[]): Statement => ({ kind: 'verbatim', lines });

import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  arrayElements,
  assign,
  assignArray,
  blank,
  command,
  comment,
  output,
  ref,
  run,
  variable,
  verbatim,
  word,
} from './bash-syntax';
import { printBash, printWord, quoteBashLiteral } from './print-bash';

/** Runs a script with the real bash and returns what it printed. */
function runBash(script: string): string {
  const result = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

/** Prints each value as `printf '%s\0' <quoted>` and returns what bash printed, split again. */
function echoThroughBash(values: readonly string[]): string[] {
  const script = values.map((value) => `printf '%s\\0' ${quoteBashLiteral(value)}`).join('\n');
  return runBash(script).split('\0').slice(0, -1);
}

describe('quoteBashLiteral', () => {
  it.each([
    ['plain-name_1.2', 'plain-name_1.2'],
    ['https://proxy.example.com', 'https://proxy.example.com'],
    ['', "''"],
    ['two words', "'two words'"],
    ["it's", "'it'\\''s'"],
    ["''", "''\\'''\\'''"],
    ['$HOME', '"\\$HOME"'],
    ['${x}', '"\\${x}"'],
    ['`id`', '"\\`id\\`"'],
    ['$(id)', '"\\$(id)"'],
    ['a "$b" \\ c', '"a \\"\\$b\\" \\\\ c"'],
    ['"quoted"', '\'"quoted"\''],
    ['back\\slash', "'back\\slash'"],
    ['line\nbreak', "'line\nbreak'"],
    ['tab\there', "'tab\there'"],
    ['~/home', "'~/home'"],
    ['a*b?[c]', "'a*b?[c]'"],
    ['{a,b}', "'{a,b}'"],
    ['!event', "'!event'"],
    ['a;b&c|d', "'a;b&c|d'"],
    ['# not a comment', "'# not a comment'"],
    ['café ☕', "'café ☕'"],
    ['`\x01', "'`\x01'"],
    ['$\x7f', "'$\x7f'"],
  ])('quotes %j as %s', (value, quoted) => {
    expect(quoteBashLiteral(value)).toBe(quoted);
  });

  it('refuses NUL, which no bash argument can hold', () => {
    expect(() => quoteBashLiteral('a\0b')).toThrow(RangeError);
  });

  it('gives back every table entry unchanged when bash expands it', () => {
    const values = ['', "it's", '$HOME', '`id`', 'line\nbreak', '~/x', '{a,b}', '!x', 'a\\b'];
    expect(echoThroughBash(values)).toEqual(values);
  });

  it('gives back arbitrary strings unchanged when bash expands them', () => {
    const shellSpecial = fc.constantFrom(
      ...`'"\\$\`!~*?[]{}()<>;&|# \t\n\r=,:@%^-`.split(''),
      '\u00e9',
      '\u{1F600}',
      '\u2028',
    );
    const anyCodePoint = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });
    const text = fc
      .string({ unit: fc.oneof(shellSpecial, anyCodePoint), maxLength: 40 })
      .filter((value) => !value.includes('\0'));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 20 }), (values) => {
        expect(echoThroughBash(values)).toEqual(values);
      }),
      { numRuns: 60 },
    );
  });
});

describe('printWord', () => {
  it('keeps variables and literals apart', () => {
    expect(printWord(word('cks.kms.', variable('REGION'), '.amazonaws.com'))).toBe(
      'cks.kms."${REGION}".amazonaws.com',
    );
    expect(printWord(word("a'b", variable('X')))).toBe("'a'\\''b'\"${X}\"");
    expect(printWord(arrayElements('SUBNETS'))).toBe('"${SUBNETS[@]}"');
    expect(printWord(word())).toBe("''");
  });

  it('refuses names that are not bash identifiers', () => {
    expect(() => printWord(ref('not a name'))).toThrow(RangeError);
    expect(() => printWord(ref('1X'))).toThrow(RangeError);
  });
});

describe('printBash', () => {
  it('prints statements, breaking long commands between flag groups', () => {
    const longCommand = command(
      ['aws', 'kms', 'create-key'],
      ['--description', 'A description long enough to need a second line of output'],
      ['--xks-key-id', ref('XKS_KEY_ID')],
    );
    const text = printBash({
      statements: [
        verbatim('#!/usr/bin/env bash'),
        comment('Values'),
        assign('NAME', "O'Brien"),
        assignArray('LIST', ['a', 'b c']),
        assign('OUT', output(command(['echo', 'hi']))),
        blank,
        run(longCommand),
      ],
    });
    expect(text).toBe(
      [
        '#!/usr/bin/env bash',
        '# Values',
        "NAME='O'\\''Brien'",
        "LIST=(a 'b c')",
        'OUT="$(echo hi)"',
        '',
        'aws kms create-key \\',
        "  --description='A description long enough to need a second line of output' \\",
        '  --xks-key-id="${XKS_KEY_ID}"',
        '',
      ].join('\n'),
    );
  });

  it('writes a flag and its one value as --flag=value, so a value starting with - stays a value', () => {
    const text = printBash({
      statements: [
        run(command(['aws', 'kms', 'create-key'], ['--xks-key-id', '-leading'])),
        run(command(['aws', 'elbv2', 'create-load-balancer'], ['--subnets', 'a', 'b'])),
      ],
    });
    expect(text).toBe(
      'aws kms create-key --xks-key-id=-leading\naws elbv2 create-load-balancer --subnets a b\n',
    );
  });

  it('refuses a comment that would spill onto a second line', () => {
    expect(() => printBash({ statements: [comment('one\nrm -rf /')] })).toThrow(RangeError);
  });

  it('keeps \\x01 and \\x7f beside $ and ` in an array assignment, which bash 5.2 mangles in double quotes', () => {
    const values = ['`\x01', '$x\x7f', 'a\x01\x7f$b', 'plain\x01'];
    const text = printBash({
      statements: [
        assignArray('VALUES', values),
        run(command(['printf', '%s\\0'], [arrayElements('VALUES')])),
      ],
    });
    expect(runBash(text).split('\0').slice(0, -1)).toEqual(values);
  });

  it('gives back arbitrary strings unchanged from an array assignment', () => {
    // Bash's own markers (\x01, \x7f) beside what makes a word double-quoted, and anything else.
    const marked = fc.constantFrom('$', '`', '\x01', '\x7f', "'", '"', '\\');
    const unit = fc.oneof(marked, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
    const text = fc.string({ unit, maxLength: 20 }).filter((value) => !value.includes('\0'));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 10 }), (values) => {
        const script = printBash({
          statements: [
            assignArray('VALUES', values),
            run(command(['printf', '%s\\0'], [arrayElements('VALUES')])),
          ],
        });
        expect(runBash(script).split('\0').slice(0, -1)).toEqual(values);
      }),
      { numRuns: 60 },
    );
  });

  it('prints scripts bash runs as written', () => {
    const values = ["O'Brien $HOME", 'line\nbreak', ''];
    const text = printBash({
      statements: [
        assignArray('VALUES', values),
        assign('JOINED', word('<', variable('VALUES'), '>')),
        run(command(['printf', '%s\\0'], [arrayElements('VALUES')], [ref('JOINED')])),
      ],
    });
    expect(runBash(text).split('\0').slice(0, -1)).toEqual([...values, `<${values[0]}>`]);
  });
});

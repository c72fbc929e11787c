import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { printExpression, printStringLiteral, printTsFile } from './print';
import {
  tsArray,
  tsAs,
  tsCall,
  tsConcat,
  tsConst,
  tsNew,
  tsObject,
  tsRef,
  tsStr,
  tsThis,
  type TsExpression,
} from './syntax';

/** What a JavaScript engine makes of a printed expression. */
const evaluate = (code: string): unknown => new Function(`return (${code});`)();

/** Syntax errors TypeScript's own parser reports for a file. */
function syntaxErrors(text: string): string[] {
  const file = ts.createSourceFile('x.ts', text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const diagnostics = (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
  return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('printStringLiteral: an escaping table', () => {
  it.each([
    ['plain', '"plain"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['line\nbreak', '"line\\nbreak"'],
    ['cr\r\n', '"cr\\r\\n"'],
    ['tab\t', '"tab\\t"'],
    ['nul\u0000', '"nul\\u0000"'],
    ['ls\u2028ps\u2029', '"ls\\u2028ps\\u2029"'],
    ['${not.a.template}', '"${not.a.template}"'],
    ['`backtick`', '"`backtick`"'],
    ["it's", '"it\'s"'],
    ['*/ // <!--', '"*/ // <!--"'],
    ['lone \ud800 surrogate', '"lone \\ud800 surrogate"'],
    ['é 😀', '"é 😀"'],
  ])('%j → %s', (value, printed) => {
    expect(printStringLiteral(value)).toBe(printed);
    expect(evaluate(printed)).toBe(value);
  });

  it('gives back any string unchanged when evaluated', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        expect(evaluate(printStringLiteral(value))).toBe(value);
        expect(evaluate(printExpression(tsObject([[value, tsStr(value)]])))).toEqual({
          [value]: value,
        });
      }),
      { numRuns: 300, examples: [['__proto__'], ['constructor']] },
    );
  });
});

describe('printExpression', () => {
  it('prints objects and arrays one entry per line, keys bare only when identifiers', () => {
    const printed = printExpression(
      tsObject([
        ['vpcId', tsStr('vpc-1')],
        ['data-class', tsArray([tsStr('a'), tsStr('b')])],
        ['empty', tsObject([])],
      ]),
    );
    expect(printed).toBe(
      [
        '{',
        '  vpcId: "vpc-1",',
        '  "data-class": [',
        '    "a",',
        '    "b",',
        '  ],',
        '  empty: {},',
        '}',
      ].join('\n'),
    );
  });

  it('joins adjacent literals and keeps references apart from data', () => {
    expect(tsConcat(tsStr('https://'), tsStr('example.com'))).toEqual(tsStr('https://example.com'));
    expect(printExpression(tsConcat(tsStr('cks.kms.'), tsRef('this.region'), tsStr('.x')))).toBe(
      '"cks.kms." + this.region + ".x"',
    );
    expect(printExpression(tsAs(tsCall('a.node.findChild', tsStr('Id')), 'ec2.CfnThing'))).toBe(
      'a.node.findChild("Id") as ec2.CfnThing',
    );
    expect(printExpression(tsNew('cdk.App'))).toBe('new cdk.App()');
    expect(printExpression(tsCall(tsThis))).toBe('this()');
  });

  it('refuses a name that is not an identifier: names never come from a plan', () => {
    expect(() => printExpression(tsRef('a.b-c'))).toThrow(/identifier/);
    expect(() => printExpression(tsRef('class'))).toThrow(/identifier/);
    expect(() => printExpression(tsAs(tsStr('x'), 'a; b'))).toThrow(/type name/);
  });
});

describe('printTsFile', () => {
  it('writes a file TypeScript parses, comments on one line each', () => {
    const text = printTsFile([
      { kind: 'importNamespace', alias: 'cdk', module: 'aws-cdk-lib' },
      { kind: 'comment', lines: ['a comment\nwith */ a line break\u2028in it'] },
      tsConst('x', tsStr('value "quoted"\n')),
      {
        kind: 'class',
        name: 'S',
        exported: true,
        extends: 'cdk.Stack',
        constructorParameters: [{ name: 'id', type: 'string', optional: true }],
        body: [{ kind: 'super', args: [] }],
      },
    ]);
    expect(syntaxErrors(text)).toEqual([]);
    expect(text).toContain('// a comment with */ a line break in it\n');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('keeps the structure whatever the strings are', () => {
    const shape = (values: readonly string[]) => {
      const expression: TsExpression = tsObject(values.map((v, i) => [`k${i}`, tsStr(v)]));
      const file = ts.createSourceFile(
        'x.ts',
        printTsFile([tsConst('x', expression)]),
        ts.ScriptTarget.ES2022,
      );
      const kinds: ts.SyntaxKind[] = [];
      const walk = (node: ts.Node): void => {
        kinds.push(node.kind);
        node.forEachChild(walk);
      };
      walk(file);
      return kinds;
    };
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 5 }), (values) => {
        expect(shape(values)).toEqual(shape(values.map(() => 'x')));
      }),
      { numRuns: 200 },
    );
  });
});

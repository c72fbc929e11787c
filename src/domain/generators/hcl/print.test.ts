import { parse } from '@cdktn/hcl2json';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hclTrickyPieces } from '../testing/hostile-plan';
import { escapeHclString, printExpression, printHclFile } from './print';
import {
  attr,
  binary,
  block,
  call,
  comment,
  conditional,
  forList,
  list,
  num,
  nullValue,
  object,
  ref,
  str,
  template,
} from './syntax';

/** What Terraform makes of a Terraform-JSON string: `$${` and `%%{` are literal `${` and `%{`. */
function terraformJsonLiteral(text: string): string {
  return text.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}

async function parsedValue(value: string): Promise<unknown> {
  const parsed = (await parse('test.tf', printHclFile([attr('x', str(value))]))) as { x: unknown };
  return typeof parsed.x === 'string' ? terraformJsonLiteral(parsed.x) : parsed.x;
}

describe('escapeHclString', () => {
  it.each([
    ['plain', 'plain'],
    ['a"b', 'a\\"b'],
    ['back\\slash', 'back\\\\slash'],
    ['line\nbreak', 'line\\nbreak'],
    ['cr\rtab\t', 'cr\\rtab\\t'],
    ['${var.x}', '$${var.x}'],
    ['%{ if true }', '%%{ if true }'],
    ['$${', '$$${'],
    ['$ and % alone, {braces}', '$ and % alone, {braces}'],
    ['nul\u0000', 'nul\\u0000'],
    ['\u2028\u2029', '\\u2028\\u2029'],
    ['bidi\u202e', 'bidi\\u202E'],
    ['é 😀', 'é 😀'],
    ['lone \ud800', 'lone \uFFFD'],
  ])('%j → %j', (input, expected) => {
    expect(escapeHclString(input)).toBe(expected);
  });

  it('gives back every string through a real HCL parser (up to NFC, which HCL applies)', async () => {
    const tricky = fc.constantFrom(...hclTrickyPieces);
    const text = fc
      .oneof(
        fc.string({ unit: 'binary' }),
        fc.array(fc.oneof(tricky, fc.string()), { maxLength: 12 }).map((parts) => parts.join('')),
      )
      .filter((value) => !/\p{Cs}/u.test(value));
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        expect(await parsedValue(value)).toBe(value.normalize('NFC'));
      }),
      { numRuns: 100 },
    );
  });
});

describe('printHclFile', () => {
  it('prints blocks, aligned attributes, references and templates', () => {
    const printed = printHclFile([
      comment('first line', 'second\nline'),
      block(
        'resource',
        ['aws_kms_key', 'k'],
        [
          attr('count', conditional(binary(ref('var', 'a'), '!=', nullValue), num(1), num(0))),
          attr('description', template('key in ', ref('var', 'region'))),
          attr(
            'tags',
            object([
              ['team', str('x')],
              ['aws:name', str('y')],
              ['true', str('z')],
            ]),
          ),
          attr('ids', list([ref('aws_kms_key', 'k', 0, 'arn')])),
          block('lifecycle', [], [attr('prevent_destroy', { kind: 'bool', value: true })]),
        ],
      ),
      block('data', ['aws_caller_identity', 'me'], []),
    ]);
    expect(printed).toBe(
      [
        '# first line',
        '# second line',
        'resource "aws_kms_key" "k" {',
        '  count       = (var.a != null) ? 1 : 0',
        '  description = "key in ${var.region}"',
        '  tags = {',
        '    team       = "x"',
        '    "aws:name" = "y"',
        '    "true"     = "z"',
        '  }',
        '  ids = [aws_kms_key.k[0].arn]',
        '',
        '  lifecycle {',
        '    prevent_destroy = true',
        '  }',
        '}',
        '',
        'data "aws_caller_identity" "me" {}',
        '',
      ].join('\n'),
    );
  });

  it('puts each item of a multi-line list on its own line, as a lock file has them', () => {
    expect(printHclFile([attr('hashes', list([str('h1:a')], { multiline: true }))])).toBe(
      'hashes = [\n  "h1:a",\n]\n',
    );
  });

  it('prints a for expression over a list', () => {
    const check = call('can', call('regex', str('^subnet-'), ref('id')));
    expect(printExpression(call('alltrue', forList('id', ref('var', 'ids'), check)))).toBe(
      'alltrue([for id in var.ids : can(regex("^subnet-", id))])',
    );
  });

  it('refuses names that are not identifiers instead of printing broken HCL', () => {
    expect(() => printExpression(ref('var', 'bad name'))).toThrow(/identifier/);
    expect(() => printHclFile([attr('a b', str('x'))])).toThrow(/identifier/);
  });

  it('keeps labels and object keys literal', async () => {
    const parsed = (await parse(
      'test.tf',
      printHclFile([
        block('output', ['a"${b}'], [attr('value', object([['k"${x}\n', str('v')]]))]),
      ]),
    )) as { output: Record<string, [{ value: Record<string, string> }]> };
    const [label] = Object.keys(parsed.output);
    expect(terraformJsonLiteral(label!)).toBe('a"${b}');
    expect(Object.keys(parsed.output[label!]![0].value).map(terraformJsonLiteral)).toEqual([
      'k"${x}\n',
    ]);
  });
});

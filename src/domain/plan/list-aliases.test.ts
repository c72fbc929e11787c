import { describe, expect, it } from 'vitest';
import { accountInventoryFrom } from './account-inventory';
import { existingAliasesFromListOutput } from './list-aliases';

describe('existingAliasesFromListOutput', () => {
  it('reads the alias names, leaving out AWS’s own and repeats', () => {
    expect(
      existingAliasesFromListOutput({
        Aliases: [
          {
            AliasName: 'alias/aws/ebs',
            AliasArn: 'arn:aws:kms:eu-west-1:111122223333:alias/aws/ebs',
          },
          { AliasName: 'alias/payments', TargetKeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' },
          { AliasName: 'alias/payments' },
        ],
      }),
    ).toEqual({ existingAliases: ['alias/payments'] });
  });

  it.each([
    [{}, 'not the output of `aws kms list-aliases --output json` (no "Aliases" list)'],
    [{ Aliases: 'x' }, 'Aliases is a string, expected a list'],
    [{ Aliases: [{ AliasName: 7 }] }, 'Aliases[0].AliasName is a number, expected a string'],
    [
      { Aliases: [], Truncated: true },
      'the output is truncated ("Truncated": true), so it does not list every alias: run the command without --max-items or --page-size limits',
    ],
  ])('names what is wrong with %j', (value, unusable) => {
    expect(existingAliasesFromListOutput(value)).toEqual({ unusable });
  });
});

describe('accountInventoryFrom', () => {
  it('tells key stores from aliases by their shape', () => {
    expect(accountInventoryFrom({ CustomKeyStores: [] })).toEqual({ existingKeyStores: [] });
    expect(accountInventoryFrom({ Aliases: [] })).toEqual({ existingAliases: [] });
    expect(accountInventoryFrom([])).toHaveProperty('unusable');
  });
});

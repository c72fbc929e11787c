/**
 * Reads the output of `aws kms list-aliases --output json` (the ListAliases response, KMS API
 * model) into the plan's `existingAliases`: an alias names one key per account and Region, so
 * whether a planned alias is free is a fact of the account, and this is how AWS states it.
 */
import { describeJsonType } from './migrate-plan';

/** The command whose output this reads, for messages and the UI. */
export const listAliasesCommand = 'aws kms list-aliases --output json';

/** The plan format's limit on `existingAliases`. */
const maxAliases = 1000;

export type ListAliasesReading =
  { readonly existingAliases: string[] } | { readonly unusable: string };

export function existingAliasesFromListOutput(value: unknown): ListAliasesReading {
  if (value === null || typeof value !== 'object' || !('Aliases' in value)) {
    return { unusable: `not the output of \`${listAliasesCommand}\` (no "Aliases" list)` };
  }
  const { Aliases: list, Truncated: truncated } = value as Record<string, unknown>;
  if (!Array.isArray(list)) {
    return { unusable: `Aliases is ${describeJsonType(list)}, expected a list` };
  }
  if (truncated === true) {
    return {
      unusable:
        'the output is truncated ("Truncated": true), so it does not list every alias: run the command without --max-items or --page-size limits',
    };
  }
  const names = new Set<string>();
  for (const [index, entry] of list.entries()) {
    const name: unknown =
      entry !== null && typeof entry === 'object'
        ? (entry as Record<string, unknown>).AliasName
        : entry;
    if (typeof name !== 'string') {
      return {
        unusable: `Aliases[${index}].AliasName is ${describeJsonType(name)}, expected a string`,
      };
    }
    // AWS's own aliases (alias/aws/…) cannot be created by anyone, so they never clash.
    if (!name.startsWith('alias/aws/')) names.add(name);
  }
  if (names.size > maxAliases) {
    return { unusable: `Aliases lists ${names.size} aliases; a plan holds at most ${maxAliases}` };
  }
  return { existingAliases: [...names] };
}

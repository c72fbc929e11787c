/**
 * What the account already has in the Region, from the AWS CLI's own JSON output: the custom key
 * stores (`aws kms describe-custom-key-stores`) or the aliases (`aws kms list-aliases`). Each is
 * recognised by its shape, so one option (`xks-planner check --existing`) takes either.
 */
import {
  describeKeyStoresCommand,
  existingKeyStoresFromDescribeOutput,
} from './describe-key-stores';
import { existingAliasesFromListOutput, listAliasesCommand } from './list-aliases';
import type { Plan } from './plan-schema';

export type AccountInventory = Pick<Plan, 'existingKeyStores' | 'existingAliases'>;

export function accountInventoryFrom(
  value: unknown,
): AccountInventory | { readonly unusable: string } {
  if (value !== null && typeof value === 'object' && 'Aliases' in value) {
    return existingAliasesFromListOutput(value);
  }
  if (value !== null && typeof value === 'object' && 'CustomKeyStores' in value) {
    return existingKeyStoresFromDescribeOutput(value);
  }
  return {
    unusable: `neither the output of \`${describeKeyStoresCommand}\` (a "CustomKeyStores" list) nor of \`${listAliasesCommand}\` (an "Aliases" list)`,
  };
}

import { checkKmsString, kmsStringShapes } from '../aws/kms-api-formats';
import { defineRule } from '../engine/define-rule';
import { toPointer, type PathSegment } from '../engine/json-pointer';
import type { Plan } from '../plan/plan-schema';
import { apiReference } from './support/sources';

/** AWS's page on account identifiers: an account ID is a 12-digit number. */
const accountIdentifiers =
  'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html';

export default defineRule<Plan, 'not-account-id'>({
  id: 'account-id-format',
  target: 'plan',
  severity: 'error',
  title: 'Every account ID is 12 digits',
  description:
    'An AWS account ID is exactly 12 digits (KMS API shape AccountIdType). The plan uses its account ID in the ARNs, policies and commands it exports, and the account IDs of existing key stores to tell which stores belong to the account; an alias, an ARN or a number of another length matches no account, so the exported commands fail when they run.',
  messages: {
    'not-account-id': {
      message: '{{field}} "{{value}}" is not a 12-digit AWS account ID.',
      fix: 'Write the account ID as 12 digits, e.g. 111122223333 (no dashes, spaces, alias or ARN); the AWS console shows it in the account menu, `aws sts get-caller-identity` prints it.',
    },
  },
  reads: ['/accountId', '/existingKeyStores/*/accountId'],
  appliesTo: 'all',
  sources: [accountIdentifiers, apiReference('API_CreateCustomKeyStore.html')],
  facts: [],
  check(plan, { report }) {
    const check = (value: string | undefined, path: readonly PathSegment[]) => {
      // The model's pattern is unanchored, but with the fixed length of 12 it means 12 digits.
      if (value !== undefined && checkKmsString(kmsStringShapes.AccountIdType, value))
        report({
          messageId: 'not-account-id',
          path,
          data: { field: { field: toPointer(path) }, value },
        });
    };
    check(plan.accountId, ['accountId']);
    plan.existingKeyStores?.forEach((store, index) =>
      check(store.accountId, ['existingKeyStores', index, 'accountId']),
    );
  },
});

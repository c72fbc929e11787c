import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide } from './support/sources';

/** Custom key stores per account and Region, CloudHSM and external together; not adjustable. */
const storesPerAccountAndRegion = 10;

export default defineRule<Plan, 'quota-exceeded'>({
  id: 'custom-key-store-quota',
  target: 'plan',
  severity: 'error',
  title: 'The account has room for one more custom key store in the Region',
  description:
    'An account can have at most 10 custom key stores in a Region, AWS CloudHSM key stores and external key stores counted together, connected or not. The quota cannot be raised, and an 11th CreateCustomKeyStore fails with LimitExceededException. It is judged against existingKeyStores (the output of aws kms describe-custom-key-stores, or [] for none); until the plan lists them, it is not known.',
  messages: {
    'quota-exceeded': {
      message:
        'The account already has {{existing}} custom key stores in this Region; with this one it would have {{total}}, over the quota of {{quota}}, so CreateCustomKeyStore fails with LimitExceededException.',
      fix: 'Delete custom key stores that are no longer used (their KMS keys must be deleted first), or create the store in another account or Region. The quota cannot be increased.',
    },
  },
  reads: ['/accountId', '/existingKeyStores', '/existingKeyStores/*/accountId'],
  // Absent means not known; [] states that the account has no custom key store in the Region.
  requires: ['/existingKeyStores'],
  appliesTo: 'all',
  sources: [guide('resource-limits.html#cks-resource-quota'), guide('keystore-external.html')],
  facts: ['XKS-QUOTA-STORES-PER-REGION', 'API-EXC-LIMIT'],
  check(plan, { report }) {
    // Stores of other accounts (listed for the Region-wide uniqueness rules) do not count.
    const existing = (plan.existingKeyStores ?? []).filter(
      (store) => store.accountId === undefined || store.accountId === plan.accountId,
    ).length;
    if (existing + 1 > storesPerAccountAndRegion)
      report({
        messageId: 'quota-exceeded',
        path: ['existingKeyStores'],
        data: { existing, total: existing + 1, quota: storesPerAccountAndRegion },
      });
  },
});

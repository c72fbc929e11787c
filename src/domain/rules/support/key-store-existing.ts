/** Readings of `existingKeyStores` shared by the name and uniqueness rules. */
import type { Plan } from '../../plan/plan-schema';
import { hostOfEndpoint, normaliseDnsName } from './plan-facts';

type ExistingKeyStore = NonNullable<Plan['existingKeyStores']>[number];

export interface ExistingStore {
  readonly store: ExistingKeyStore;
  /** Its position in `existingKeyStores`, for findings that point at it too. */
  readonly index: number;
  /** How messages name the store: its name, and its account when that is another one. */
  readonly label: string;
}

/**
 * Whether the plan's account owns the store. A store without `accountId` belongs to the plan's
 * account; the schema sets `accountId` only for stores of other accounts.
 */
function inPlanAccount(plan: Plan, store: ExistingKeyStore): boolean {
  return store.accountId === undefined || store.accountId === plan.accountId;
}

function labelOf(plan: Plan, store: ExistingKeyStore, index: number): string {
  const name =
    store.CustomKeyStoreName === undefined
      ? `existing key store ${index + 1}`
      : `"${store.CustomKeyStoreName}"`;
  return inPlanAccount(plan, store) ? name : `${name} (account ${store.accountId})`;
}

/**
 * The existing custom key stores a uniqueness requirement compares against: those of the plan's
 * account (`account`), or those of every account in the Region (`region`).
 */
export function existingKeyStores(plan: Plan, scope: 'account' | 'region'): ExistingStore[] {
  return (plan.existingKeyStores ?? []).flatMap((store, index) =>
    scope === 'region' || inPlanAccount(plan, store)
      ? [{ store, index, label: labelOf(plan, store, index) }]
      : [],
  );
}

/** The same, limited to external key stores (CloudHSM key stores have no proxy). */
export function existingExternalKeyStores(
  plan: Plan,
  scope: 'account' | 'region',
): ExistingStore[] {
  return existingKeyStores(plan, scope).filter(
    ({ store }) => store.CustomKeyStoreType !== 'AWS_CLOUDHSM',
  );
}

/** Whether two XksProxyUriEndpoint values name the same host (DNS names ignore case). */
export function sameEndpoint(a: string, b: string): boolean {
  const key = (endpoint: string) => normaliseDnsName(hostOfEndpoint(endpoint) ?? endpoint);
  return key(a) === key(b);
}

/** Readings of `existingKeyStores` shared by the name and uniqueness rules. */
import { oncePerPlan } from '../../plan/once-per-plan';
import type { Plan } from '../../plan/plan-schema';
import { hostOfEndpoint, normaliseDnsName } from './plan-readings';

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

function storesInScope(plan: Plan, scope: 'account' | 'region'): ExistingStore[] {
  return (plan.existingKeyStores ?? []).flatMap((store, index) =>
    scope === 'region' || inPlanAccount(plan, store)
      ? [{ store, index, label: labelOf(plan, store, index) }]
      : [],
  );
}

const externalOnly = (stores: readonly ExistingStore[]) =>
  stores.filter(({ store }) => store.CustomKeyStoreType !== 'AWS_CLOUDHSM');

// Six rules compare against the same lists in one check: each is made once per plan.
const ofAccount = oncePerPlan((plan) => storesInScope(plan, 'account'));
const ofRegion = oncePerPlan((plan) => storesInScope(plan, 'region'));
const externalOfAccount = oncePerPlan((plan) => externalOnly(ofAccount(plan)));
const externalOfRegion = oncePerPlan((plan) => externalOnly(ofRegion(plan)));

/**
 * The existing custom key stores a uniqueness requirement compares against: those of the plan's
 * account (`account`), or those of every account in the Region (`region`).
 */
export function existingKeyStores(
  plan: Plan,
  scope: 'account' | 'region',
): readonly ExistingStore[] {
  return scope === 'account' ? ofAccount(plan) : ofRegion(plan);
}

/** The same, limited to external key stores (CloudHSM key stores have no proxy). */
export function existingExternalKeyStores(
  plan: Plan,
  scope: 'account' | 'region',
): readonly ExistingStore[] {
  return scope === 'account' ? externalOfAccount(plan) : externalOfRegion(plan);
}

/** Whether two XksProxyUriEndpoint values name the same host (DNS names ignore case). */
export function sameEndpoint(a: string, b: string): boolean {
  const key = (endpoint: string) => normaliseDnsName(hostOfEndpoint(endpoint) ?? endpoint);
  return key(a) === key(b);
}

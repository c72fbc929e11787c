/**
 * Reads the output of `aws kms describe-custom-key-stores --output json` (the DescribeCustomKeyStores
 * response, KMS API model) into the plan's `existingKeyStores`: what the account already has is a
 * fact the quota and uniqueness rules need, and this is how AWS states it.
 */
import { describeJsonType } from './migrate-plan';
import type { ExistingKeyStore } from './plan-schema';

/** The command whose output this reads, for messages and the UI. */
export const describeKeyStoresCommand = 'aws kms describe-custom-key-stores --output json';

/** The plan format's limit on `existingKeyStores` (KMS allows far fewer stores per Region). */
const maxStores = 100;

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export type DescribeOutputReading =
  { readonly existingKeyStores: ExistingKeyStore[] } | { readonly unusable: string };

/** Field of a list entry → where the plan keeps it. */
const entryFields = ['CustomKeyStoreName', 'CustomKeyStoreType'] as const;
const proxyFields = {
  Connectivity: 'XksProxyConnectivity',
  UriEndpoint: 'XksProxyUriEndpoint',
  UriPath: 'XksProxyUriPath',
  VpcEndpointServiceName: 'XksProxyVpcEndpointServiceName',
} as const;

function readEntry(entry: unknown, at: string): ExistingKeyStore | string {
  if (!isObject(entry)) return `${at} is ${describeJsonType(entry)}, expected an object`;
  const store: Record<string, string> = {};
  for (const field of entryFields) {
    const value = entry[field];
    if (value === undefined) continue;
    if (typeof value !== 'string')
      return `${at}.${field} is ${describeJsonType(value)}, expected a string`;
    store[field] = value;
  }
  const proxy = entry.XksProxyConfiguration;
  if (proxy !== undefined) {
    if (!isObject(proxy)) {
      return `${at}.XksProxyConfiguration is ${describeJsonType(proxy)}, expected an object`;
    }
    for (const [field, planField] of Object.entries(proxyFields)) {
      const value = proxy[field];
      if (value === undefined) continue;
      if (typeof value !== 'string') {
        return `${at}.XksProxyConfiguration.${field} is ${describeJsonType(value)}, expected a string`;
      }
      store[planField] = value;
    }
  }
  return store as ExistingKeyStore;
}

export function existingKeyStoresFromDescribeOutput(value: unknown): DescribeOutputReading {
  if (!isObject(value) || !('CustomKeyStores' in value)) {
    return {
      unusable: `not the output of \`${describeKeyStoresCommand}\` (no "CustomKeyStores" list)`,
    };
  }
  const list = value.CustomKeyStores;
  if (!Array.isArray(list)) {
    return { unusable: `CustomKeyStores is ${describeJsonType(list)}, expected a list` };
  }
  if (value.Truncated === true) {
    return {
      unusable:
        'the output is truncated ("Truncated": true), so it does not list every key store: run the command without --max-items or --page-size limits',
    };
  }
  if (list.length > maxStores) {
    return {
      unusable: `CustomKeyStores lists ${list.length} stores; a plan holds at most ${maxStores}`,
    };
  }
  const existingKeyStores: ExistingKeyStore[] = [];
  for (const [index, entry] of list.entries()) {
    const store = readEntry(entry, `CustomKeyStores[${index}]`);
    if (typeof store === 'string') return { unusable: store };
    existingKeyStores.push(store);
  }
  return { existingKeyStores };
}

/** Readings of the KMS console's proxy configuration file, whose values may be of any JSON type. */
import type { ProxyConfigFile } from '../../plan/proxy-config-file';

export type JsonObject = Readonly<Record<string, unknown>>;

export const credentialKey = 'XksProxyAuthenticationCredential';

export function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The credential object, when the file has one. */
export function configCredential(file: ProxyConfigFile): JsonObject | undefined {
  const credential = file[credentialKey];
  return isJsonObject(credential) ? credential : undefined;
}

/** A string member of an object, or undefined when it is missing or not a string. */
export function stringMember(object: JsonObject | undefined, key: string): string | undefined {
  const value = object?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** The one key a plan must never hold: the proxy credential's secret. */
export const secretKeyName = 'RawSecretAccessKey';

type Json = unknown;

/**
 * Copies plain JSON data, leaving out every `RawSecretAccessKey`. A `"__proto__"` member is
 * defined, never assigned: assigning it would make its value the copy's prototype, and the fields
 * in it would reach the plan although the finding says the key was ignored.
 */
export function copyWithoutSecrets(value: Json): Json {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyWithoutSecrets);
  const copy: Record<string, Json> = {};
  for (const key in value) {
    if (key === secretKeyName || !Object.hasOwn(value, key)) continue;
    const item = copyWithoutSecrets((value as Record<string, Json>)[key]);
    if (key === '__proto__')
      Object.defineProperty(copy, key, {
        value: item,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else copy[key] = item;
  }
  return copy;
}

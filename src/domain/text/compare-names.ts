/**
 * Orders names as `a.localeCompare(b)` orders the lists of names the wizard sorts (AWS Region
 * names, cities; see the test), without Intl: the first `localeCompare` on a page loads the
 * runtime's collation data, 10–18 ms in Chromium here, which the Basics step's module paid as it
 * evaluated. Case and accents count only between names equal without them.
 */
export function compareNames(a: string, b: string): number {
  return (
    compareCodeUnits(withoutCaseOrAccents(a), withoutCaseOrAccents(b)) || compareCodeUnits(a, b)
  );
}

/** Orders strings by their UTF-16 code units, as `<` does: for an order no reader follows. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const withoutCaseOrAccents = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

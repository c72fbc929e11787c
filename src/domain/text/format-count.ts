/**
 * A whole number with its thousands separated by commas, as `toLocaleString('en')` writes it, but
 * without Intl: the first call of any Intl formatter loads the runtime's locale data (10–20 ms),
 * and the engine writes one of its messages when its module loads, while a page starts and on
 * every start of the CLI.
 */
export function formatCount(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+$)/g, ',');
}

import { proxyApiSuffix } from '@/domain/rules/support/proxy-uri-path';

/** The fixed end of every proxy URI path; the console lets the user type only what comes before. */
export const pathSuffix = proxyApiSuffix;

/**
 * What the path box shows: the prefix before the fixed /kms/xks/v1, or, for a stored path that
 * does not end that way, the whole path, so that nothing is changed behind the user's back.
 */
export interface PrefixState {
  readonly mode: 'prefix' | 'whole';
  readonly text: string;
}

/** The whole path for a typed prefix: "" → /kms/xks/v1, "finance" or "/finance" → /finance/kms/xks/v1. */
export function pathFromPrefix(prefix: string): string {
  if (prefix === '') return pathSuffix;
  return `${prefix.startsWith('/') ? '' : '/'}${prefix}${pathSuffix}`;
}

/** How a stored path is shown; pathFromPrefix of the prefix always gives the path back. */
export function prefixState(path: string | undefined): PrefixState {
  if (path === undefined) return { mode: 'prefix', text: '' };
  if (path.endsWith(pathSuffix)) {
    const prefix = path.slice(0, -pathSuffix.length);
    if (prefix === '' || prefix.startsWith('/')) return { mode: 'prefix', text: prefix };
  }
  return { mode: 'whole', text: path };
}

/** Whether the box's state still shows the stored path (false when it changed from outside). */
export function showsState(state: PrefixState, path: string | undefined): boolean {
  if (state.mode === 'whole') return state.text === (path ?? '');
  return path === undefined ? state.text === '' : pathFromPrefix(state.text) === path;
}

/** What every key the planner keeps in a browser's storage starts with. */
export const storageKeyPrefix = 'xks-planner:';

/**
 * Whether this browser holds plans of the planner (saved, set aside, kept) or the address one. A
 * module of its own: main.tsx asks it before the rest of the app has loaded.
 */
export function holdsPlans(): boolean {
  const storage = window.localStorage;
  for (let index = 0; index < storage.length; index++) {
    if (storage.key(index)?.startsWith(storageKeyPrefix)) return true;
  }
  return window.location.hash.startsWith('#plan=');
}

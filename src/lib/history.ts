import { useSyncExternalStore } from 'react';

/**
 * Client-side navigation on the History API: enough for the app's flat set of pages, so that the
 * back and forward buttons and a reload land on the same page.
 */
const navigationEvent = 'xks-planner:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(navigationEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(navigationEvent, onChange);
  };
}

const locationPath = () => window.location.pathname;

/** The address's path; pre-rendering (src/app/prerender.tsx) gives each page's as `window`'s. */
export function useLocationPath(): string {
  return useSyncExternalStore(subscribe, locationPath, locationPath);
}

/** Whatever the page that navigated left for the next one (e.g. which field to focus). */
export function useHistoryState(): unknown {
  return useSyncExternalStore(
    subscribe,
    () => window.history.state as unknown,
    () => null,
  );
}

export function navigate(path: string, options: { replace?: boolean; state?: unknown } = {}): void {
  // Keep the fragment: it will carry shared plans.
  const url = `${path}${window.location.hash}`;
  if (options.replace) window.history.replaceState(options.state ?? null, '', url);
  else window.history.pushState(options.state ?? null, '', url);
  window.dispatchEvent(new Event(navigationEvent));
}

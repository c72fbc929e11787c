/**
 * The pages the build renders into HTML (scripts/lib/prerender-pages.ts), so that each shows its
 * text before the JavaScript arrives; main.tsx then renders the same page over it. Each is the
 * page as a first visit sees it (no saved plan): what is loaded on demand (a step, the report)
 * shows the same "Loading…" line that the app shows until it arrives.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { errorCodes } from '@/domain/explain/error-codes';
import { stepIds, stepPath } from '@/features/wizard/step-ids';
import { AppPage } from './app';
import { AppProvider } from './provider';

/** Every address of the app, and one that is none (the server's "Page not found" answer). */
export const prerenderedPaths: readonly string[] = [
  '/',
  ...stepIds.map(stepPath),
  '/check',
  '/report',
  '/explain',
  ...errorCodes.map((entry) => `/explain/${entry.code}`),
];
export const notFoundPath = '/404';

/** The markup of the page at `path`, as main.tsx renders it. */
export function renderPage(path: string): string {
  return renderToString(
    <StrictMode>
      <AppProvider>
        <AppPage path={path} />
      </AppProvider>
    </StrictMode>,
  );
}

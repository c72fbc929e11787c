/**
 * The pages the build renders into HTML (scripts/lib/prerender-pages.ts), so that each shows its
 * text before the JavaScript arrives; start-app.tsx then renders the same page over it. Each is the
 * page as a first visit sees it (no saved plan), with the code it loads on demand (a step, the
 * report) loaded first, as start-app.tsx does before rendering over it.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { errorCodes } from '@/domain/explain/error-codes';
import { stepIds, stepPath } from '@/features/wizard/step-ids';
import { AppPage, pagePaths, preloadPage } from './app';
import { AppProvider } from './provider';

/** Every address of the app, and one that is none (the server's "Page not found" answer). */
export const prerenderedPaths: readonly string[] = [
  '/',
  ...stepIds.map(stepPath),
  ...pagePaths,
  ...errorCodes.map((entry) => `/explain/${entry.code}`),
];
export const notFoundPath = '/404';

export interface RenderedPage {
  readonly markup: string;
  /** Components the page shows, whose styles (in the chunks that hold them) it must link. */
  readonly shows: readonly unknown[];
}

/** The page at `path`, as start-app.tsx renders it. */
export async function renderPage(path: string): Promise<RenderedPage> {
  const loaded = await preloadPage(path);
  const markup = renderToString(
    <StrictMode>
      <AppProvider>
        <AppPage path={path} />
      </AppProvider>
    </StrictMode>,
  );
  return { markup, shows: loaded ? [AppPage, loaded] : [AppPage] };
}

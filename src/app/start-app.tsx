import { startTransition, StrictMode, useLayoutEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { loadPlanParser } from '@/features/wizard/plan-parser';
import { App, preloadPage } from './app';
import { appShownMark } from './app-shown-mark';
import { AppProvider } from './provider';

/** Runs `onShown` once its children are on the page. */
function Shown({
  onShown,
  children,
}: {
  readonly onShown: () => void;
  readonly children: ReactNode;
}) {
  useLayoutEffect(onShown, [onShown]);
  return children;
}

/**
 * Renders the app into `root`, over the page the build pre-rendered there (src/app/prerender.tsx),
 * which stays inert until then. It first loads what that page was pre-rendered with (the step's
 * or page's code), so the same page replaces it without a "Loading…" line in between; and, when
 * the browser holds plans, the plan parser, which the first render needs to read them (otherwise
 * it loads when a plan is first read or saved: plan-parser.ts). Either way
 * React renders in slices, yielding to the browser between components instead of blocking it in
 * one long task.
 */
export async function startApp(root: HTMLElement, holdsPlans: boolean): Promise<void> {
  await Promise.all([
    holdsPlans ? loadPlanParser() : undefined,
    preloadPage(window.location.pathname),
  ]);
  // The mark tells measurements (npm run bench) when the page began to work.
  const onShown = () => {
    root.removeAttribute('inert');
    performance.mark(appShownMark);
  };
  const app = (
    <StrictMode>
      <Shown onShown={onShown}>
        <AppProvider>
          <App />
        </AppProvider>
      </Shown>
    </StrictMode>
  );
  // A first visit sees the page as it was pre-rendered: the app takes over its elements instead of
  // making them again (less work, and the page's largest text stays the one first painted). A
  // browser that holds plans shows its own plan, and a server may answer an address with another
  // page's file (index.html, 404.html): there the app renders the page anew.
  startTransition(() => {
    if (!holdsPlans && root.dataset.path === window.location.pathname) hydrateRoot(root, app);
    else createRoot(root).render(app);
  });
}

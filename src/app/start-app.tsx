import { startTransition, StrictMode, useLayoutEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
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
 * the browser holds plans, the plan parser, which the first render needs to read them. It renders
 * in a transition, so that the work yields to the browser between components instead of blocking
 * it in one long task.
 */
export async function startApp(root: HTMLElement, holdsPlans: boolean): Promise<void> {
  await Promise.all([
    holdsPlans ? loadPlanParser() : undefined,
    preloadPage(window.location.pathname),
  ]);
  // Once the page works, the plan parser loads for the plans the user will open or type. The mark
  // tells measurements (npm run bench) when the page began to work.
  const onShown = () => {
    root.removeAttribute('inert');
    performance.mark(appShownMark);
    void loadPlanParser();
  };
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <Shown onShown={onShown}>
          <AppProvider>
            <App />
          </AppProvider>
        </Shown>
      </StrictMode>,
    );
  });
}

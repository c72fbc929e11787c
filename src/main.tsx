import { startTransition, StrictMode, useLayoutEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { AppProvider } from './app/provider';
import { loadPlanParser } from './features/wizard/plan-parser';
import { storageKeyPrefix } from './features/wizard/plan-storage';
import { afterNextPaint } from './lib/after-next-paint';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no element with id "root"');

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

const makeLive = () => container.removeAttribute('inert');

/**
 * The build pre-renders each page into its HTML (src/app/prerender.tsx), inert, so the page is
 * already there: this renders the same page over it once it has painted, in a transition so that
 * the work yields to the browser between components instead of blocking it in one long task.
 */
function start(root: HTMLElement) {
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <Shown onShown={makeLive}>
          <AppProvider>
            <App />
          </AppProvider>
        </Shown>
      </StrictMode>,
    );
  });
}

/** Whether this browser holds plans of the planner (saved, set aside, kept) or the address one. */
function holdsPlans(): boolean {
  const storage = window.localStorage;
  for (let index = 0; index < storage.length; index++) {
    if (storage.key(index)?.startsWith(storageKeyPrefix)) return true;
  }
  return window.location.hash.startsWith('#plan=');
}

// The first render reads the plans this browser holds, with the plan parser (a fifth of the
// code, see plan-parser.ts): it waits for it only when there are any.
const parser = holdsPlans() ? loadPlanParser() : undefined;
afterNextPaint(() => {
  void (parser ?? Promise.resolve()).then(() => {
    start(container);
    void loadPlanParser();
  });
});

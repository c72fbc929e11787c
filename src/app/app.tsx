import { Suspense, type ComponentType, type ReactNode } from 'react';
import { SharedPlanLinks } from '@/features/share/shared-plan-links';
import { isStepId, type StepId } from '@/features/wizard/step-ids';
import { findStep } from '@/features/wizard/steps';
import { WizardPage } from '@/features/wizard/wizard-page';
import { useLocationPath } from '@/lib/history';
import { preloadable, type Preloadable } from '@/lib/preloadable';

// The file checker runs the whole rule engine up front, so it loads only when opened.
const planCheckPage = preloadable(() =>
  import('@/features/plan-check/plan-check-page').then((module) => module.PlanCheckPage),
);
const reportPage = preloadable(() =>
  import('@/features/report/report-page').then((module) => module.ReportPage),
);
const explainPage = preloadable(() =>
  import('@/features/explain/explain-page').then((module) => module.ExplainPage),
);

function NotFound() {
  return (
    <section aria-labelledby="not-found-heading">
      <h2 id="not-found-heading">Page not found</h2>
      <p>
        There is no page at this address. <a href="/">Go to the start of the planner</a>.
      </p>
    </section>
  );
}

type Route =
  | { readonly kind: 'step'; readonly stepId: StepId }
  | { readonly kind: 'page'; readonly page: Preloadable<object>; readonly loading: string }
  | { readonly kind: 'not-found' };

/** The pages besides the wizard's steps, by address; the explainer has one more per error code. */
const pages = [
  { path: '/check', page: planCheckPage, loading: 'Loading the checker…' },
  { path: '/report', page: reportPage, loading: 'Loading the report…' },
  { path: '/explain', page: explainPage, loading: 'Loading the error codes…', perCode: true },
];

/** Their addresses, which the build pre-renders (src/app/prerender.tsx). */
export const pagePaths: readonly string[] = pages.map((page) => page.path);

function routeOf(path: string): Route {
  // Every address may end with a slash.
  const address = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  if (address === '/' || address === '/plan') return { kind: 'step', stepId: 'start' };
  const step = /^\/plan\/([a-z]+)$/.exec(address)?.[1];
  if (step !== undefined && isStepId(step)) return { kind: 'step', stepId: step };
  const page = pages.find(
    (entry) =>
      address === entry.path ||
      (entry.perCode === true &&
        address.startsWith(`${entry.path}/`) &&
        !address.slice(entry.path.length + 1).includes('/')),
  );
  return page ? { kind: 'page', page: page.page, loading: page.loading } : { kind: 'not-found' };
}

/**
 * Loads the component the page at `path` shows, which is otherwise loaded when it is first
 * rendered: the build pre-renders each page with it, and start-app.tsx loads it before rendering
 * over that. Resolves to it (none for a page without one).
 */
export function preloadPage(path: string): Promise<ComponentType<object> | undefined> {
  const route = routeOf(path);
  if (route.kind === 'step') return findStep(route.stepId).preload();
  if (route.kind === 'page') return route.page.preload();
  return Promise.resolve(undefined);
}

/** The page at `path`. */
function Routes({ path }: { readonly path: string }): ReactNode {
  const route = routeOf(path);
  if (route.kind === 'step') return <WizardPage stepId={route.stepId} />;
  if (route.kind === 'page') {
    return (
      <Suspense fallback={<p role="status">{route.loading}</p>}>
        <route.page.Component />
      </Suspense>
    );
  }
  return <NotFound />;
}

/**
 * The whole page for one address. The build renders it for each page into its HTML file
 * (src/app/prerender.tsx), so that the page shows before its JavaScript arrives.
 */
export function AppPage({ path }: { readonly path: string }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the plan
      </a>
      <header className="site-header">
        <div className="page">
          <h1 className="site-name">
            <a href="/">XKS Planner</a>
          </h1>
          <p className="tagline">
            Plan an AWS KMS external key store (XKS) and check it against every documented AWS
            requirement before you create anything in AWS.
          </p>
          <nav aria-label="Tools">
            <a href="/check">Check a plan file</a>
            {' · '}
            <a href="/explain">Explain an error code</a>
          </nav>
        </div>
      </header>
      <main className="page" id="main" tabIndex={-1}>
        <SharedPlanLinks>
          <Routes path={path} />
        </SharedPlanLinks>
      </main>
      <footer className="site-footer">
        <div className="page">
          <p>
            Checks run in your browser: nothing you type or paste is sent anywhere. XKS Planner is
            not an AWS service; the AWS documentation linked from each finding is the authority.
          </p>
        </div>
      </footer>
    </>
  );
}

/** The app at the browser's address, following client-side navigation. */
export function App() {
  return <AppPage path={useLocationPath()} />;
}

import { lazy, Suspense } from 'react';
import { SharedPlanLinks } from '@/features/share/shared-plan-links';
import { isStepId } from '@/features/wizard/step-ids';
import { WizardPage } from '@/features/wizard/wizard-page';
import { useLocationPath } from '@/lib/history';

// The file checker runs the whole rule engine up front, so it loads only when opened.
const PlanCheckPage = lazy(() =>
  import('@/features/plan-check/plan-check-page').then((module) => ({
    default: module.PlanCheckPage,
  })),
);

const ReportPage = lazy(() =>
  import('@/features/report/report-page').then((module) => ({ default: module.ReportPage })),
);

const ExplainPage = lazy(() =>
  import('@/features/explain/explain-page').then((module) => ({ default: module.ExplainPage })),
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

/** The page at `path`. */
function Routes({ path }: { readonly path: string }) {
  if (path === '/' || path === '/plan' || path === '/plan/') return <WizardPage stepId="start" />;
  const step = /^\/plan\/([a-z]+)\/?$/.exec(path)?.[1];
  if (step !== undefined && isStepId(step)) return <WizardPage stepId={step} />;
  if (path === '/check' || path === '/check/') {
    return (
      <Suspense fallback={<p role="status">Loading the checker…</p>}>
        <PlanCheckPage />
      </Suspense>
    );
  }
  if (path === '/report' || path === '/report/') {
    return (
      <Suspense fallback={<p role="status">Loading the report…</p>}>
        <ReportPage />
      </Suspense>
    );
  }
  if (/^\/explain(\/[^/]*)?\/?$/.test(path)) {
    return (
      <Suspense fallback={<p role="status">Loading the error codes…</p>}>
        <ExplainPage />
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

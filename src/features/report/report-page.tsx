import { skipToken, useQuery } from '@tanstack/react-query';
import type { ReportDetail } from '@/domain/report/build-report';
import { useEffect, useState } from 'react';
import type { Plan } from '@/domain/plan/plan-schema';
import { readSavedPlan } from '@/features/wizard/plan-storage';
import { stepPath } from '@/features/wizard/step-ids';
import { preloadable } from '@/lib/preloadable';
import './report.css';

type PlanSource =
  | { readonly kind: 'none' }
  | { readonly kind: 'saved'; readonly plan: Plan }
  | { readonly kind: 'link'; readonly token: string };

/** `/report#plan=…` shows the plan of the link; `/report` the plan saved in this browser. */
function planSource(): PlanSource {
  const hash = window.location.hash;
  if (hash.startsWith('#plan=')) return { kind: 'link', token: hash };
  const plan = readSavedPlan(window.localStorage)?.plan;
  return plan === undefined ? { kind: 'none' } : { kind: 'saved', plan };
}

// The report itself (and the rule catalogue, printers and QR code it shows) loads with its data:
// a page without a plan needs none of it.
const reportDocument = preloadable(() =>
  import('./report-document').then((module) => module.ReportDocument),
);

/** The plan of `source` with its report files (a link's plan may be unreadable). */
async function loadReport(source: Exclude<PlanSource, { kind: 'none' }>, detail: ReportDetail) {
  const [files] = await Promise.all([import('./report-files'), reportDocument.preload()]);
  let plan: Plan;
  let note: string | undefined;
  if (source.kind === 'link') {
    const decoded = files.decodePlanLink(source.token);
    if ('problem' in decoded) return { problem: decoded.problem } as const;
    plan = decoded.plan;
    note = decoded.note;
  } else {
    plan = source.plan;
  }
  return {
    plan,
    note,
    ...(await files.reportFiles(plan, window.location.origin, new Date(), detail)),
  };
}

export function ReportPage() {
  useEffect(() => {
    document.title = 'Readiness report · XKS Planner';
  }, []);
  const [source, setSource] = useState(planSource);
  useEffect(() => {
    // A link opened while the report is showing (another #plan= fragment) replaces the plan shown.
    const reread = () => setSource(planSource());
    window.addEventListener('hashchange', reread);
    return () => window.removeEventListener('hashchange', reread);
  }, []);
  // The rule engine, codec and printers load on demand; the report is built once per plan.
  const [detail, setDetail] = useState<ReportDetail>('summary');
  // Without a plan there is nothing to load: the page says so at once (and is pre-rendered so).
  const result = useQuery({
    queryKey: ['report', source, detail],
    queryFn: source.kind === 'none' ? skipToken : () => loadReport(source, detail),
    staleTime: Infinity,
    retry: false,
  });

  if (source.kind === 'none') {
    return (
      <section aria-labelledby="report-empty-heading">
        <h2 id="report-empty-heading">No plan yet</h2>
        <p>
          There is no plan saved in this browser. <a href={stepPath('start')}>Start a plan</a> or
          open a share link.
        </p>
      </section>
    );
  }
  if (result.isPending) return <p role="status">Preparing the report…</p>;
  if (result.isError) {
    return <p role="alert">The report could not be prepared. Reload the page to try again.</p>;
  }
  const data = result.data;
  if ('problem' in data) {
    return (
      <section className="report-problem" aria-labelledby="report-problem-heading">
        <h2 id="report-problem-heading">This link cannot be opened</h2>
        <p role="alert">The link’s plan cannot be read: {data.problem}.</p>
        <p>
          Ask for the link again, or{' '}
          <a href="/report">show the report of the plan saved in this browser</a>.
        </p>
      </section>
    );
  }
  const { plan, note, ...files } = data;
  return (
    <reportDocument.Component
      plan={plan}
      note={note}
      files={files}
      detail={detail}
      onDetailChange={setDetail}
    />
  );
}

import { skipToken, useQuery } from '@tanstack/react-query';
import type { ReportDetail } from '@/domain/report/build-report';
import { useEffect, useState } from 'react';
import type { Plan } from '@/domain/plan/plan-schema';
import { CopyLinkButton } from '@/features/share/copy-link-button';
import { downloadBlob } from '@/features/wizard/export/download';
import { readSavedPlan } from '@/features/wizard/plan-storage';
import { stepPath } from '@/features/wizard/step-ids';
import { QrCode } from './qr-code';
import { ReportView } from './report-view';
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

/** The plan of `source` with its report files (a link's plan may be unreadable). */
async function loadReport(source: Exclude<PlanSource, { kind: 'none' }>, detail: ReportDetail) {
  const files = await import('./report-files');
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

function fileName(planName: string, extension: string): string {
  const slug = planName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `xks-readiness-report${slug ? `-${slug}` : ''}.${extension}`;
}

function DownloadButton(props: {
  readonly label: string;
  readonly name: string;
  readonly content: string;
  readonly type: string;
}) {
  const download = () =>
    downloadBlob(props.name, new Blob([props.content], { type: `${props.type};charset=utf-8` }));
  return (
    <button type="button" className="button" onClick={download}>
      {props.label}
    </button>
  );
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
  const { plan, note, report, markdown, html } = data;
  return (
    <div className="report-page">
      <div className="report-toolbar" role="group" aria-label="Report actions">
        <button type="button" className="button" onClick={() => window.print()}>
          Print
        </button>
        <DownloadButton
          label="Download Markdown"
          name={fileName(report.planName, 'md')}
          content={markdown}
          type="text/markdown"
        />
        <DownloadButton
          label="Download HTML"
          name={fileName(report.planName, 'html')}
          content={html}
          type="text/html"
        />
        <CopyLinkButton plan={plan} />
        <label className="report-detail-toggle">
          <input
            type="checkbox"
            checked={detail === 'full'}
            onChange={(event) => setDetail(event.target.checked ? 'full' : 'summary')}
          />{' '}
          Full detail (every rule and error code)
        </label>
        <a className="button button-link" href={stepPath('review')}>
          Back to the review
        </a>
      </div>
      {note !== undefined && (
        <p className="banner" role="note">
          Note: {note}.
        </p>
      )}
      <ReportView report={report} />
      {report.link && (
        <section className="report-share" aria-labelledby="report-share-heading">
          <h2 id="report-share-heading">Share link</h2>
          <p>
            This report, with its plan, at:{' '}
            <a href={report.link} className="report-link">
              {report.link}
            </a>
          </p>
          <QrCode link={report.link} />
        </section>
      )}
    </div>
  );
}

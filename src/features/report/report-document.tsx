import type { Plan } from '@/domain/plan/plan-schema';
import type { ReportDetail } from '@/domain/report/build-report';
import { CopyLinkButton } from '@/features/share/copy-link-button';
import { downloadBlob } from '@/features/wizard/export/download';
import { stepPath } from '@/features/wizard/step-ids';
import { QrCode } from './qr-code';
import type { ReportFiles } from './report-files';
import { ReportView } from './report-view';

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

/** A plan's readiness report with its actions (print, downloads, link, detail). */
export function ReportDocument({
  plan,
  note,
  files: { report, markdown, html },
  detail,
  onDetailChange,
}: {
  readonly plan: Plan;
  /** What the link's decoder noted (an older link version, …). */
  readonly note: string | undefined;
  readonly files: ReportFiles;
  readonly detail: ReportDetail;
  readonly onDetailChange: (detail: ReportDetail) => void;
}) {
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
            onChange={(event) => onDetailChange(event.target.checked ? 'full' : 'summary')}
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

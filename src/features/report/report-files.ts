/**
 * Everything heavy the report page needs, loaded on demand: the rule engine, the share-link codec,
 * the report model and its printers.
 */
import { checkPlanWithCertificates } from '@/domain/check/check-with-certificates';
import type { Plan } from '@/domain/plan/plan-schema';
import { buildReport, type Report, type ReportDetail } from '@/domain/report/build-report';
import { printReportHtml } from '@/domain/report/print-html';
import { printReportMarkdown } from '@/domain/report/print-markdown';
import { decodePlanLink, encodePlanLink } from '@/domain/share/share-codec';

export { decodePlanLink };

export interface ReportFiles {
  readonly report: Report;
  readonly markdown: string;
  readonly html: string;
}

/** The report of a plan, its link pointing at this page on this site. */
export async function reportFiles(
  plan: Plan,
  origin: string,
  now: Date,
  detail: ReportDetail,
): Promise<ReportFiles> {
  const check = await checkPlanWithCertificates(plan, { now, fieldNames: 'labels' });
  const link = `${origin}/report#plan=${encodePlanLink(plan)}`;
  const { certificateChain } = check;
  const report = buildReport(plan, check, { now, link, detail, certificateChain });
  return { report, markdown: printReportMarkdown(report), html: printReportHtml(report) };
}

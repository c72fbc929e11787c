import { buildReport } from '../domain/report/build-report';
import { printReportHtml } from '../domain/report/print-html';
import { printReportMarkdown } from '../domain/report/print-markdown';
import { encodePlanLink } from '../domain/share/share-codec';
import { checkPlanFile } from './check-file';
import type { CliIo } from './cli-io';
import { exitCodes } from './exit-codes';
import type { Invocation } from './parse-arguments';
import { printable } from './printable';

/**
 * `xks-planner report`: the readiness report of a plan, as Markdown or HTML. Like `check`, the exit
 * code says whether the plan is Ready; the report is written either way.
 */
export async function reportPlan(
  invocation: Extract<Invocation, { action: 'report' }>,
  io: CliIo,
): Promise<number> {
  const say = (text: string) => io.stderr(`xks-planner: ${printable(text)}\n`);
  const checked = await checkPlanFile(invocation.file, 'report', io, 'labels');
  if ('problem' in checked) {
    say(checked.problem);
    return exitCodes.unusable;
  }
  // A link to a planner only when the user names one: a default address would mean nothing on paper.
  const base = (invocation.base ?? io.env.XKS_PLANNER_URL)?.replace(/\/+$/, '');
  const report = buildReport(checked.plan, checked, {
    now: io.now(),
    certificateChain: checked.certificateChain,
    link: base ? `${base}/report#plan=${encodePlanLink(checked.plan)}` : undefined,
    detail: invocation.detail,
  });
  const text = invocation.format === 'html' ? printReportHtml(report) : printReportMarkdown(report);
  if (invocation.out === undefined) {
    io.stdout(text);
  } else {
    try {
      await io.writeFile(invocation.out, text);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      say(`cannot write ${invocation.out}${typeof code === 'string' ? ` (${code})` : ''}`);
      return exitCodes.unusable;
    }
    io.stdout(`Wrote the readiness report to ${printable(invocation.out)}\n`);
  }
  return report.verdict.state === 'ready' ? exitCodes.clean : exitCodes.notReady;
}

import { useEffect } from 'react';
import { ExternalLink } from '@/components/ui/external-link';
import {
  checklistLeftOutLine,
  areaCounts,
  notApplicableHeading,
  ruleGroups,
  statusLabels,
  verdictCounts,
  type Report,
  type ReportArea,
  type RuleResult,
} from '@/domain/report/build-report';
import { placeName } from '@/domain/plan/plan-fields';
import { cssString, printHeaderText } from '@/domain/report/css-string';
import { risksNote } from '@/domain/report/summary';
import { ArchitectureDiagramView } from './architecture-diagram';

const Sources = ({ sources }: { readonly sources: readonly string[] }) => (
  <p className="report-sources">
    Sources:{' '}
    {sources.map((source, index) => (
      <span key={source}>
        {index > 0 && ', '}
        <ExternalLink href={source}>{source}</ExternalLink>
      </span>
    ))}
  </p>
);

/** Places named as the wizard labels them, with their step: a reader fills in the wizard. */
const Places = ({ paths }: { readonly paths: readonly string[] }) => (
  <>{paths.map((path) => placeName(path)).join('; ')}</>
);

/** The decision record, the open items, the risks and the sign-off: what a change board reads. */
function Summary({ report }: { readonly report: Report }) {
  const { decisions, openItems, risks, signOffRoles } = report.summary;
  const note = risksNote(report.summary);
  return (
    <section className="report-summary" aria-labelledby="report-summary">
      <h2 id="report-summary">Summary</h2>
      <h3>Decision record</h3>
      <div className="report-table-scroll">
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">Decision</th>
              <th scope="col">Choice</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {decisions.map((line) => (
              <tr key={line.decision}>
                <th scope="row">{line.decision}</th>
                <td>{line.choice}</td>
                <td>
                  {line.why}{' '}
                  {line.source && (
                    <span className="report-sources">
                      (<ExternalLink href={line.source}>{line.source}</ExternalLink>)
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Open items ({openItems.length})</h3>
      {openItems.length === 0 ? (
        <p>None: nothing blocks the plan and nothing it must state is missing.</p>
      ) : (
        <ol className="report-open-items">
          {openItems.map((item, index) => (
            <li key={index} className={`report-open-item report-open-item-${item.kind}`}>
              <p>
                <strong>{item.kind === 'error' ? 'Error' : 'Not known yet'}</strong> ·{' '}
                <code>{item.ruleId}</code> {item.title}
              </p>
              {item.text !== undefined && <p>{item.text}</p>}
              <p>
                <strong>Fix:</strong> {item.fix}{' '}
                <span className="report-muted">
                  Where: <Places paths={item.paths} />
                </span>
              </p>
            </li>
          ))}
        </ol>
      )}
      <h3>Risks ({risks.length})</h3>
      {risks.length > 0 && (
        <ul className="report-risks">
          {risks.map((risk, index) => (
            <li key={index}>
              <code>{risk.ruleId}</code> {risk.text}
            </li>
          ))}
        </ul>
      )}
      {note !== undefined && <p>{note}</p>}
      <h3>Sign-off</h3>
      <div className="report-table-scroll">
        <table className="report-table report-sign-off">
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">Name</th>
              <th scope="col">Date</th>
              <th scope="col">Decision</th>
              <th scope="col">Signature</th>
            </tr>
          </thead>
          <tbody>
            {signOffRoles.map((role) => (
              <tr key={role}>
                <th scope="row">{role}</th>
                <td />
                <td />
                <td>Approve / Reject</td>
                <td />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function RuleInFull({ rule }: { readonly rule: RuleResult }) {
  return (
    <li className={`report-rule report-rule-${rule.status}`}>
      <p className="report-rule-line">
        <span className={`report-status report-status-${rule.status}`}>
          {statusLabels[rule.status]}
        </span>{' '}
        <code>{rule.ruleId}</code> {rule.title}
      </p>
      {rule.notApplicableReason && <p className="report-muted">{rule.notApplicableReason}</p>}
      {rule.missing && (
        <p className="report-muted">
          Not known yet: the plan does not state <Places paths={rule.missing} />.
        </p>
      )}
      {rule.findings.map((finding, index) => (
        <div key={index} className="report-finding">
          {finding.path && <p className="report-place">{placeName(finding.path)}</p>}
          <p>{finding.message}</p>
          <p>
            <strong>Fix:</strong> {finding.fix}
          </p>
        </div>
      ))}
      {(rule.findings.length > 0 || rule.missing) && <Sources sources={rule.sources} />}
    </li>
  );
}

function AreasInFull({ areas }: { readonly areas: readonly ReportArea[] }) {
  return areas.map((area) => (
    <section key={area.id} className="report-area" aria-labelledby={`area-${area.id}`}>
      <h3 id={`area-${area.id}`}>
        {area.title} <span className="report-muted">— {areaCounts(area) ?? 'no findings'}</span>
      </h3>
      <ul className="report-rules">
        {area.rules.map((rule) => (
          <RuleInFull key={rule.ruleId} rule={rule} />
        ))}
      </ul>
    </section>
  ));
}

/** Summary form: rules that need work in full, passing ones as titles, the rest in a line. */
function RuleList({ report }: { readonly report: Report }) {
  if (report.detail === 'full') {
    return (
      <section aria-labelledby="report-rules">
        <h2 id="report-rules">Rules</h2>
        <AreasInFull areas={report.areas} />
      </section>
    );
  }
  const groups = ruleGroups(report);
  return (
    <section aria-labelledby="report-rules">
      <h2 id="report-rules">Rules</h2>
      <h3>Findings and unknowns</h3>
      {groups.open.length === 0 ? <p>None.</p> : <AreasInFull areas={groups.open} />}
      <h3>Passing</h3>
      <ul className="report-passing">
        {groups.passing.flatMap((area) =>
          area.rules.map((rule) => (
            <li key={rule.ruleId}>
              <span className="report-muted">{area.title}:</span> <code>{rule.ruleId}</code>
              <span className="report-passing-title"> {rule.title}</span>
            </li>
          )),
        )}
      </ul>
      <h3>{notApplicableHeading}</h3>
      <ul>
        {groups.notApplicable.map((line) => (
          <li key={`${line.area} ${line.reason}`}>
            {line.area}: {line.count} {line.count === 1 ? 'rule' : 'rules'}. {line.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Checklist({ report }: { readonly report: Report }) {
  const leftOut = checklistLeftOutLine(report);
  return (
    <section aria-labelledby="report-checklist">
      <h2 id="report-checklist">Manual checklist</h2>
      <p>What the plan cannot show: verify each by hand and tick it.</p>
      {leftOut && <p className="report-muted">{leftOut}</p>}
      <ul className="report-checklist">
        {report.checklist.map((item) => (
          <li key={item.id}>
            <input type="checkbox" id={`check-${item.id}`} />
            <label htmlFor={`check-${item.id}`}>
              {item.text} <span className="report-muted">({item.id})</span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Operations({ report }: { readonly report: Report }) {
  return (
    <>
      <section aria-labelledby="report-latency">
        <h2 id="report-latency">Latency and capacity budget</h2>
        <div className="report-table-scroll">
          <table className="report-table">
            <tbody>
              {report.latency.rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  <td>{row.value}</td>
                  <td>{row.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="report-alarms">
        <h2 id="report-alarms">CloudWatch alarms</h2>
        <div className="report-table-scroll">
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">Alarm</th>
                <th scope="col">Measures</th>
                <th scope="col">Alarm when</th>
                <th scope="col">Period</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {report.alarms.map((alarm) => (
                <tr key={alarm.name}>
                  <td>
                    <code>{alarm.name}</code>
                  </td>
                  <td>
                    <code>{alarm.measure}</code>
                  </td>
                  <td>{alarm.condition ?? 'threshold not set'}</td>
                  <td>{alarm.periodSeconds} s</td>
                  <td>{alarm.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

function Runbook({ report }: { readonly report: Report }) {
  return (
    <section aria-labelledby="report-runbook">
      <h2 id="report-runbook">Rollout runbook</h2>
      <ol className="report-runbook">
        {report.runbook.map((step) => (
          <li key={step.title} className="report-runbook-step">
            <h3>{step.title}</h3>
            <p>{step.text}</p>
            {step.commands && (
              <pre>
                <code>{step.commands}</code>
              </pre>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Troubleshooting({ report }: { readonly report: Report }) {
  return (
    <section aria-labelledby="report-troubleshooting">
      <h2 id="report-troubleshooting">Troubleshooting</h2>
      {report.troubleshooting.length === 0 && (
        <p>Nothing in this plan points at a KMS error code.</p>
      )}
      {report.troubleshooting.map(({ entry, causes }) => (
        <section key={entry.code} className="report-error-code">
          <h3>
            <code>{entry.code}</code> {entry.title}
          </h3>
          <p>{entry.meaning}</p>
          <ul>
            {causes.map((cause) => (
              <li key={cause.text}>
                {cause.text}
                {cause.findings.length + cause.unknowns.length > 0 ? (
                  <ul>
                    {[...cause.findings, ...cause.unknowns].map((entry, index) => (
                      <li key={index}>
                        <strong>In this plan:</strong> <code>{entry.ruleId}</code> {entry.message}
                      </li>
                    ))}
                  </ul>
                ) : (
                  cause.ruleIds.length > 0 && (
                    <p className="report-muted">Nothing in this plan points at it.</p>
                  )
                )}
                {cause.checklistItems.map((item) => (
                  <p key={item.id}>
                    <strong>Check by hand:</strong> {item.text}
                  </p>
                ))}
              </li>
            ))}
          </ul>
          <Sources sources={entry.sources} />
        </section>
      ))}
      {report.troubleshootingLeftOut > 0 && (
        <p className="report-muted">
          {report.troubleshootingLeftOut} other error codes are not tied to anything in this plan:{' '}
          <a href="/explain">the error code explainer</a> has every code.
        </p>
      )}
    </section>
  );
}

/**
 * Heads every printed page with the plan's name. The @page rule reads it from a custom property,
 * set through the CSSOM, which the page's Content Security Policy allows (inline styles it does not).
 */
function usePrintHeader(planName: string) {
  useEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--report-print-header', cssString(printHeaderText(planName)));
    return () => {
      root.removeProperty('--report-print-header');
    };
  }, [planName]);
}

/** The report's content, on screen and on paper. */
export function ReportView({ report }: { readonly report: Report }) {
  const { verdict } = report;
  usePrintHeader(report.planName);
  return (
    <article className={`report report-form-${report.detail}`} aria-labelledby="report-title">
      <p className="report-kind">Readiness report</p>
      <h2 id="report-title" className="report-title">
        {report.planName}
      </h2>
      <div className={`report-verdict verdict-${verdict.state}`}>
        <p className="report-verdict-title">{verdict.headline}</p>
        <p>{verdictCounts(verdict)}</p>
        {report.unknowns.length > 0 && (
          <>
            <p>What the plan does not say yet:</p>
            <ul className="report-unknowns">
              {report.unknowns.map((unknown) => (
                <li key={unknown.ruleId}>
                  {unknown.title}: state <Places paths={unknown.paths} />
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <dl className="report-facts">
        <dt>Region</dt>
        <dd>{report.region ?? 'not set'}</dd>
        <dt>Account</dt>
        <dd>{report.accountId ?? 'not set'}</dd>
        <dt>Connectivity</dt>
        <dd>{report.connectivityLabel}</dd>
        <dt>Date</dt>
        <dd>{report.date}</dd>
      </dl>
      <Summary report={report} />
      <section className="report-detail" aria-labelledby="report-architecture">
        <h2 id="report-architecture">Architecture</h2>
        <figure className="report-figure">
          <ArchitectureDiagramView diagram={report.architecture} />
        </figure>
      </section>
      <RuleList report={report} />
      <Checklist report={report} />
      <Operations report={report} />
      <Runbook report={report} />
      <Troubleshooting report={report} />
      <p className="report-muted">
        The AWS documentation linked from each rule is the authority.{' '}
        <ExternalLink href="https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html">
          External key stores in the AWS KMS Developer Guide
        </ExternalLink>
      </p>
    </article>
  );
}

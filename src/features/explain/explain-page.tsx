import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useState } from 'react';
import {
  closeMatches,
  errorCodeKindLabels,
  errorCodes,
  explainForPlan,
  findErrorCode,
  reasonNotExplained,
  searchErrorCodes,
  type CheckedPlan,
  type ErrorCodeEntry,
  type ErrorCodeKind,
} from '@/domain/explain/error-codes';
import type { Plan } from '@/domain/plan/plan-schema';
import { ExternalLink } from '@/components/ui/external-link';
import { FindingCard, findingKey } from '@/components/ui/finding-card';
import { sourceLabel } from '@/components/ui/source-label';
import { readSavedPlan } from '@/features/wizard/plan-storage';
import { stepPath } from '@/features/wizard/step-ids';
import { goToField, stepTitleOfPointer } from '@/features/wizard/go-to-field';
import { navigate, useLocationPath } from '@/lib/history';
import './explain.css';

const explainPath = (code: string) => `/explain/${encodeURIComponent(code)}`;

/** `/explain/<CODE>` or `/explain?code=<CODE>`; undefined on `/explain`. */
function requestedCode(path: string): string | undefined {
  const fromPath = /^\/explain\/([^/]+)\/?$/.exec(path)?.[1];
  if (fromPath !== undefined) {
    try {
      return decodeURIComponent(fromPath);
    } catch {
      return fromPath;
    }
  }
  return new URLSearchParams(window.location.search).get('code') ?? undefined;
}

const kinds = Object.keys(errorCodeKindLabels) as ErrorCodeKind[];

function CodeIndex({ current }: { readonly current: string | undefined }) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const shown = searchErrorCodes(query);
  return (
    <nav className="explain-index" aria-label="Error codes">
      <label htmlFor={searchId}>Search the codes</label>
      <input
        id={searchId}
        type="search"
        className="explain-search"
        value={query}
        placeholder="e.g. timed out, or credential"
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && shown.length > 0) navigate(explainPath(shown[0]!.code));
        }}
      />
      <p className="explain-count" role="status">
        {shown.length === errorCodes.length
          ? `${shown.length} codes`
          : `${shown.length} of ${errorCodes.length} codes match`}
      </p>
      {kinds.map((kind) => {
        const ofKind = shown.filter((entry) => entry.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <section key={kind} aria-label={errorCodeKindLabels[kind]}>
            <h3 className="explain-kind">{errorCodeKindLabels[kind]}</h3>
            <ul className="explain-codes">
              {ofKind.map((entry) => (
                <li key={entry.code}>
                  <a
                    href={explainPath(entry.code)}
                    aria-current={entry.code === current ? 'page' : undefined}
                    onClick={(event) => {
                      event.preventDefault();
                      navigate(explainPath(entry.code));
                    }}
                  >
                    <code>{entry.code}</code>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}

const noVerdicts: CheckedPlan = { findings: [], unknowns: [] };

/** The saved plan's findings and unknowns, from the rule engine loaded on demand. */
function usePlanFindings(plan: Plan | undefined) {
  return useQuery({
    queryKey: ['explain-findings', plan],
    queryFn: async (): Promise<CheckedPlan> => {
      const { checkDocumentWithCertificates } =
        await import('@/domain/check/check-with-certificates');
      const { isUnusable } = await import('@/domain/check/check-document');
      // Places named as the wizard labels them, as its findings and the report do.
      const outcome = await checkDocumentWithCertificates(plan, { fieldNames: 'labels' });
      return isUnusable(outcome) ? noVerdicts : outcome;
    },
    enabled: plan !== undefined,
    staleTime: Infinity,
  });
}

function EntryView({
  entry,
  plan,
}: {
  readonly entry: ErrorCodeEntry;
  readonly plan: Plan | undefined;
}) {
  const findings = usePlanFindings(plan);
  const explained = useMemo(
    () => explainForPlan(entry, findings.data ?? noVerdicts, plan?.keyStore?.XksProxyConnectivity),
    [entry, findings.data, plan],
  );
  const planned = plan !== undefined && findings.data !== undefined;
  const matching = explained.causes.reduce((sum, cause) => sum + cause.findings.length, 0);
  const notKnown = explained.causes.reduce((sum, cause) => sum + cause.unknowns.length, 0);
  return (
    <article className="explain-entry" aria-labelledby="explain-code-heading">
      <h2 id="explain-code-heading">
        <code>{entry.code}</code>: {entry.title}
      </h2>
      <p className="explain-kind-label">{errorCodeKindLabels[entry.kind]}</p>
      <p>{entry.meaning}</p>
      {entry.recovery && (
        <p>
          <strong>To recover:</strong> {entry.recovery}
        </p>
      )}
      {plan === undefined ? (
        <p className="explain-plan-note">
          No plan is saved in this browser. <a href={stepPath('start')}>Start a plan</a> to see
          which of its findings would cause this error.
        </p>
      ) : findings.isPending ? (
        <p role="status">Checking your saved plan…</p>
      ) : (
        <p className="explain-plan-note" role="status">
          {matching === 0
            ? 'Your saved plan has no finding that would cause this error.'
            : `Your saved plan has ${matching} finding${matching === 1 ? '' : 's'} that would cause this error; each is listed under its cause.`}
          {notKnown > 0 &&
            ` ${notKnown === 1 ? 'One check' : `${notKnown} checks`} of its causes ${notKnown === 1 ? 'is' : 'are'} not known yet: the plan does not state what ${notKnown === 1 ? 'it needs' : 'they need'} (listed under ${notKnown === 1 ? 'its cause' : 'their causes'}).`}
        </p>
      )}
      <h3>Causes</h3>
      {entry.causes.length === 0 ? (
        <p>Nothing in a plan leads to this error.</p>
      ) : (
        <ol className="explain-causes">
          {explained.causes.map((cause) => (
            <li key={cause.text}>
              <p>{cause.text}</p>
              {cause.ruleIds.length > 0 && (
                <p className="explain-refs">
                  Checked by the rules{' '}
                  {cause.ruleIds.map((id, index) => (
                    <span key={id}>
                      {index > 0 && ', '}
                      <code>{id}</code>
                    </span>
                  ))}
                  .
                </p>
              )}
              {planned && cause.findings.length > 0 && (
                <ul className="finding-list" aria-label="Findings of your plan">
                  {cause.findings.map((finding) => (
                    <FindingCard key={findingKey(finding)} finding={finding}>
                      <button
                        type="button"
                        className="button button-link"
                        onClick={() => goToField(finding.path)}
                      >
                        Go to the field on “{stepTitleOfPointer(finding.path)}”
                      </button>
                    </FindingCard>
                  ))}
                </ul>
              )}
              {planned && cause.unknowns.length > 0 && (
                <ul className="explain-unknowns" aria-label="Not known yet in your plan">
                  {cause.unknowns.map((unknown) => (
                    <li key={unknown.ruleId}>
                      <code>{unknown.ruleId}</code> {unknown.message}
                    </li>
                  ))}
                </ul>
              )}
              {cause.checklistItems.length > 0 && (
                <>
                  <p className="explain-refs">To verify by hand:</p>
                  <ul className="explain-checklist">
                    {cause.checklistItems.map((item) => (
                      <li key={item.id}>{item.text}</li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      <h3>Sources</h3>
      <ul className="sources">
        {entry.sources.map((source) => (
          <li key={source}>
            <ExternalLink href={source}>{sourceLabel(source)}</ExternalLink>
          </li>
        ))}
      </ul>
    </article>
  );
}

function UnknownCode({ code }: { readonly code: string }) {
  const reason = reasonNotExplained(code);
  if (reason) {
    return (
      <section className="explain-entry" aria-labelledby="explain-code-heading">
        <h2 id="explain-code-heading">
          <code>{code}</code> does not occur with external key stores
        </h2>
        <p>{reason}</p>
      </section>
    );
  }
  const matches = closeMatches(code);
  return (
    <section className="explain-entry" aria-labelledby="explain-code-heading">
      <h2 id="explain-code-heading">Unknown error code</h2>
      <p role="alert">“{code}” is not a ConnectionErrorCode or exception of external key stores.</p>
      {matches.length > 0 && (
        <p>
          Did you mean{' '}
          {matches.map((match, index) => (
            <span key={match.code}>
              {index > 0 && ', '}
              <a href={explainPath(match.code)}>
                <code>{match.code}</code>
              </a>
            </span>
          ))}
          ?
        </p>
      )}
    </section>
  );
}

/** `/explain`: what an external key store error code means and what in the plan would cause it. */
export function ExplainPage() {
  const path = useLocationPath();
  const code = requestedCode(path);
  const entry = code === undefined ? undefined : findErrorCode(code);
  const [plan] = useState(() => readSavedPlan(window.localStorage)?.plan);
  useEffect(() => {
    document.title = `${entry ? `${entry.code} · ` : ''}Explain an error code · XKS Planner`;
  }, [entry]);
  return (
    <div className="explain-page">
      <header className="explain-header">
        <h2>Explain an error code</h2>
        <p>
          What an external key store ConnectionErrorCode or exception means, what causes it, and
          which findings of your saved plan would.
        </p>
      </header>
      <div className="explain-layout">
        <CodeIndex current={entry?.code} />
        {entry ? (
          <EntryView entry={entry} plan={plan} />
        ) : code !== undefined ? (
          <UnknownCode code={code} />
        ) : (
          <p className="explain-entry">Choose a code from the list, or search for it.</p>
        )}
      </div>
    </div>
  );
}

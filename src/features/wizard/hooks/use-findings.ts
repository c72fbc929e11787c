import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo } from 'react';
import type { Finding, Unknown } from '@/domain/engine/types';
import type { Plan } from '@/domain/plan/plan-schema';
import type { ChainAnalysis } from '@/domain/tls/chain-types';
import { nextTask, taskPauses } from '@/lib/task-pauses';
import { whenIdle } from '@/lib/when-idle';
import { isPlanParserLoaded, loadPlanParser, planParser, usePlanParser } from '../plan-parser';
import type { PlanSnapshot } from './use-plan-snapshot';

const loadChainAnalysis = () => import('@/domain/tls/analyse-certificate-chain');

/**
 * The analysis of a pasted certificate chain, made off the typing path (WebCrypto is
 * asynchronous) and cached by the PEM text, so that editing any other field never re-analyses it.
 * Undefined while there is no PEM or its analysis is not ready yet.
 */
export function useCertificateChain(pem: string | undefined): ChainAnalysis | undefined {
  // The analysis code (ASN.1 and X.509 libraries) loads while the field is idle, not with the first
  // character pasted or typed: evaluating it then would hold that keystroke's paint back. A load
  // that fails here fails again, and is reported, in the analysis that needs it.
  useEffect(() => whenIdle(() => void loadChainAnalysis().catch(() => undefined)), []);
  return useChainAnalysis(pem).analysis;
}

/**
 * A chain's analysis (cached by the PEM text, shared by every user of the same chain), without
 * loading the analyser ahead: `pending` while a PEM is being analysed; no analysis without a PEM.
 */
export function useChainAnalysis(pem: string | undefined): {
  readonly analysis: ChainAnalysis | undefined;
  readonly pending: boolean;
} {
  const query = useQuery({
    queryKey: ['certificate-chain', pem],
    queryFn: async () => {
      const { analyseCertificateChain } = await loadChainAnalysis();
      return analyseCertificateChain(pem!);
    },
    enabled: pem !== undefined,
    staleTime: Infinity,
  });
  // A query that is not enabled is pending too: without a PEM there is nothing to wait for.
  return pem === undefined
    ? { analysis: undefined, pending: false }
    : { analysis: query.data, pending: query.isPending };
}

/** The revision of findings that are not those of any plan the form held (revisions start at 0). */
export const notChecked = -1;

/** The chain the rules judge: the one a probe saw served (observations), else the pasted one. */
function certificateChainPemOf(values: unknown): string | undefined {
  const plan = values as {
    tls?: { certificateChainPem?: unknown };
    observed?: { tls?: { chainPem?: unknown } };
  } | null;
  const pem = plan?.observed?.tls?.chainPem ?? plan?.tls?.certificateChainPem;
  return typeof pem === 'string' ? pem : undefined;
}

/**
 * The rule engine is loaded on demand (it is most of the app's code), and then judges the plan on
 * every change, incrementally. Typing never waits for it: the check runs on a deferred copy of the
 * plan snapshot, with the cached analysis of the plan's certificate chain. `revision` is the
 * snapshot's that was checked.
 */
export function useFindings(snapshot: PlanSnapshot): {
  readonly findings: readonly Finding[] | undefined;
  /** Rules the plan does not say enough to judge yet (empty while the engine loads). */
  readonly unknowns: readonly Unknown[];
  readonly notApplicable: readonly string[];
  /** The plan as the rules read it (without secrets and refused values); undefined while loading. */
  readonly plan: Plan | undefined;
  /** The snapshot's revision that was checked; `notChecked` while its chain is being analysed. */
  readonly revision: number;
} {
  const deferred = useDeferredValue(snapshot);
  const pem = certificateChainPemOf(deferred.plan);
  // While a pasted chain is analysed, the rules judge the typed certificate fields instead: those
  // findings are not yet the plan's, so they are of no revision, and a verdict waits.
  const { analysis: certificateChain, pending: chainPending } = useChainAnalysis(pem);
  // One checker per form: after a keystroke it judges again only the rules that read what changed.
  // Its first check runs every rule's code for the first time: it is made in slices of a few
  // milliseconds (prepare) before the checker is used, so that it never holds the page.
  const options = useMemo(
    () => ({ certificateChain, fieldNames: 'labels' }) as const,
    [certificateChain],
  );
  const checker = useQuery({
    queryKey: ['plan-checker'],
    queryFn: async () => {
      // Not in the task that renders the form (the page's first, when it opens on a step).
      await nextTask();
      const engine = await import('@/domain/check/check-document');
      if (engine.needsPlanParser(deferred.plan, options)) await loadPlanParser();
      const checkDocument = engine.createDocumentChecker((document) =>
        planParser().parsePlan(document),
      );
      await checkDocument.prepare(deferred.plan, options, taskPauses());
      return {
        checkDocument,
        isUnusable: engine.isUnusable,
        needsPlanParser: engine.needsPlanParser,
      };
    },
    staleTime: Infinity,
    gcTime: 0,
  });
  // The checker reads a plan the compiled parser refuses (a value the schema does not accept)
  // with zod, loaded on demand: until it has loaded, that plan is not checked, and no verdict shows.
  const parserWanted =
    checker.data !== undefined &&
    !isPlanParserLoaded() &&
    checker.data.needsPlanParser(deferred.plan, options);
  const parser = usePlanParser(parserWanted);
  const parserMissing = parserWanted && !parser.isSuccess;
  const checked = useMemo(() => {
    if (!checker.data || parserMissing)
      return { findings: undefined, unknowns: [], notApplicable: [], plan: undefined };
    const { checkDocument, isUnusable } = checker.data;
    const outcome = checkDocument(deferred.plan, options);
    if (isUnusable(outcome)) {
      return { findings: [], unknowns: [], notApplicable: [], plan: undefined };
    }
    const { findings, unknowns, notApplicable, plan } = outcome;
    return { findings, unknowns, notApplicable, plan };
  }, [checker.data, deferred.plan, options, parserMissing]);
  // Most keystrokes change no finding: then the same objects are returned, so that the fields
  // showing findings (every field of a step) are not rendered again. Findings are plain data.
  const signature = useMemo(() => {
    const { findings, unknowns, notApplicable } = checked;
    return JSON.stringify({ findings, unknowns, notApplicable });
  }, [checked]);
  const kept = useMemo(() => JSON.parse(signature) as Omit<typeof checked, 'plan'>, [signature]);
  return {
    ...kept,
    plan: checked.plan,
    revision: chainPending || parserMissing ? notChecked : deferred.revision,
  };
}

import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import type { Finding, Unknown } from '@/domain/engine/types';
import type { ChainAnalysis } from '@/domain/tls/chain-types';

/**
 * The analysis of a pasted certificate chain, made off the typing path (WebCrypto is
 * asynchronous) and cached by the PEM text, so that editing any other field never re-analyses it.
 * Undefined while there is no PEM or its analysis is not ready yet.
 */
export function useCertificateChain(pem: string | undefined): ChainAnalysis | undefined {
  const analysis = useQuery({
    queryKey: ['certificate-chain', pem],
    queryFn: async () => {
      const { analyseCertificateChain } = await import('@/domain/tls/analyse-certificate-chain');
      return analyseCertificateChain(pem!);
    },
    enabled: pem !== undefined,
    staleTime: Infinity,
  });
  return pem === undefined ? undefined : analysis.data;
}

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
 * every change. Typing never waits for it: the check runs on a deferred copy of the values, with
 * the cached analysis of the plan's certificate chain.
 */
export function useFindings(values: unknown): {
  readonly findings: readonly Finding[] | undefined;
  /** Rules the plan does not say enough to judge yet (empty while the engine loads). */
  readonly unknowns: readonly Unknown[];
  readonly notApplicable: readonly string[];
} {
  const engine = useQuery({
    queryKey: ['rule-engine'],
    queryFn: () => import('@/domain/check/check-document'),
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const deferred = useDeferredValue(values);
  const certificateChain = useCertificateChain(certificateChainPemOf(deferred));
  const checked = useMemo(() => {
    if (!engine.data) return { findings: undefined, unknowns: [], notApplicable: [] };
    const outcome = engine.data.checkDocument(deferred, { certificateChain, fieldNames: 'labels' });
    if (engine.data.isUnusable(outcome)) return { findings: [], unknowns: [], notApplicable: [] };
    const { findings, unknowns, notApplicable } = outcome;
    return { findings, unknowns, notApplicable };
  }, [engine.data, deferred, certificateChain]);
  // Most keystrokes change no finding: then the same objects are returned, so that the fields
  // showing findings (every field of a step) are not rendered again. Findings are plain data.
  const signature = useMemo(() => JSON.stringify(checked), [checked]);
  return useMemo(() => JSON.parse(signature) as typeof checked, [signature]);
}

import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import type { Finding } from '@/domain/engine/types';

/**
 * The rule engine is loaded on demand (it is most of the app's code), and then judges the plan on
 * every change. Typing never waits for it: the check runs on a deferred copy of the values.
 */
export function useFindings(values: unknown): {
  readonly findings: readonly Finding[] | undefined;
  readonly notApplicable: readonly string[];
} {
  const engine = useQuery({
    queryKey: ['rule-engine'],
    queryFn: () => import('@/domain/check/check-document'),
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const deferred = useDeferredValue(values);
  return useMemo(() => {
    if (!engine.data) return { findings: undefined, notApplicable: [] };
    const outcome = engine.data.checkDocument(deferred);
    if (engine.data.isUnusable(outcome)) return { findings: [], notApplicable: [] };
    return { findings: outcome.findings, notApplicable: outcome.notApplicable };
  }, [engine.data, deferred]);
}

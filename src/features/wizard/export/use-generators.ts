import { useQuery } from '@tanstack/react-query';

/** The export generators, loaded on demand: they are not needed before this step. */
export function useGenerators() {
  return useQuery({
    queryKey: ['export-generators'],
    queryFn: () => import('@/domain/generators'),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

import { useQuery } from '@tanstack/react-query';
import type { PreviewLanguage } from './formats';
import type { Highlight } from './highlighter';

/**
 * The highlighter for a language, loaded on demand (shiki is not in the first download); undefined
 * while it loads, for plain text, or if loading failed (the preview then stays plain text).
 */
export function useHighlighter(language: PreviewLanguage | undefined): Highlight | undefined {
  const query = useQuery({
    queryKey: ['export-highlighter', language],
    queryFn: async () => (await import('./highlighter')).highlighterFor(language!),
    enabled: language !== undefined,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
  });
  return query.data;
}

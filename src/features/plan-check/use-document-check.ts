import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import type { CheckOutcome } from '@/domain/check/check-document';
import { readOffMainThread } from '@/features/share/off-main-thread';
import { checkText } from './check-text';

export interface DocumentCheckState {
  /** Undefined only until the first check is done. */
  readonly outcome: CheckOutcome | undefined;
  /** True while the shown outcome is for an older text than the one in the editor. */
  readonly pending: boolean;
}

let textVersions = 0;

/**
 * Checks the text as the user types. The rules are fast, but a pasted certificate chain is
 * verified with WebCrypto, which is asynchronous; the previous outcome stays on screen meanwhile.
 * Deferring the text keeps typing responsive when a large document is pasted, and a large one is
 * checked in a worker, so that the page never waits for it.
 */
export function useDocumentCheck(text: string): DocumentCheckState {
  const checkedText = useDeferredValue(text);
  // Keyed by a number per text, not by the text: hashing a key of megabytes on every look-up
  // (React Query looks a query up several times per render) blocked the page for 100 ms or more.
  const textVersion = useMemo(() => {
    void checkedText; // runs once per text: a new text gets the next number
    return ++textVersions;
  }, [checkedText]);
  const check = useQuery({
    queryKey: ['document-check', textVersion],
    queryFn: () => readOffMainThread('check', checkedText, () => checkText(checkedText)),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 30_000,
  });
  return { outcome: check.data, pending: checkedText !== text || check.isPlaceholderData };
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import type { CheckOutcome } from '@/domain/check/check-document';
import { readOffMainThread } from '@/features/share/off-main-thread';
import { checkText } from './check-text';

export interface DocumentCheckState {
  /** Undefined only until the first check is done. */
  readonly outcome: CheckOutcome | undefined;
  /** True while the shown outcome is for an older text than the one in the editor. */
  readonly pending: boolean;
}

/**
 * Checks the text as the user types. The rules are fast, but a pasted certificate chain is
 * verified with WebCrypto, which is asynchronous; the previous outcome stays on screen meanwhile.
 * Deferring the text keeps typing responsive when a large document is pasted, and a large one is
 * checked in a worker, so that the page never waits for it.
 */
export function useDocumentCheck(text: string): DocumentCheckState {
  const checkedText = useDeferredValue(text);
  const check = useQuery({
    queryKey: ['document-check', checkedText],
    queryFn: () => readOffMainThread('check', checkedText, () => checkText(checkedText)),
    // The default hash JSON-encodes the key, several times per check: seconds for megabytes.
    queryKeyHashFn: () => `document-check:${checkedText}`,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 30_000,
  });
  return { outcome: check.data, pending: checkedText !== text || check.isPlaceholderData };
}

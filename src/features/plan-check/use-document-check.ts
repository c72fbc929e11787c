import { useDeferredValue, useMemo } from 'react';
import type { CheckOutcome } from '@/domain/check/check-document';
import { checkText } from './check-text';

export interface DocumentCheckState {
  readonly outcome: CheckOutcome;
  /** True while the shown outcome is for an older text than the one in the editor. */
  readonly pending: boolean;
}

/**
 * Checks the text as the user types. The check is synchronous and fast, so no query cache is
 * involved; deferring it keeps typing responsive when a large document is pasted.
 */
export function useDocumentCheck(text: string): DocumentCheckState {
  const checkedText = useDeferredValue(text);
  const outcome = useMemo(() => checkText(checkedText), [checkedText]);
  return { outcome, pending: checkedText !== text };
}

import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Copies text to the clipboard and says how it went, for a polite live region: "Copied", or what
 * to do instead. The message clears after a few seconds, so that copying again is announced again.
 */
export function useCopy(): {
  readonly copy: (text: string) => Promise<void>;
  readonly message: string;
} {
  const [message, setMessage] = useState('');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const copy = useCallback(async (text: string) => {
    window.clearTimeout(timer.current);
    setMessage('');
    try {
      await navigator.clipboard.writeText(text);
      setMessage('Copied');
    } catch {
      setMessage('Could not copy: select the text in the preview and copy it yourself');
    }
    timer.current = window.setTimeout(() => setMessage(''), 5000);
  }, []);
  return { copy, message };
}

import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import type { Plan } from '@/domain/plan/plan-schema';
import { LinkTooLongError, shareLinkOf } from './share-link';
import './copy-link-button.css';

type Outcome = 'copied' | 'manual' | undefined;

/**
 * Copies a link that carries the whole plan (in the URL fragment, never sent to a server; never
 * the secret: the codec sanitises the plan). When the clipboard is unavailable, the link is shown
 * selected, for the user to copy.
 */
export function CopyLinkButton({
  plan,
}: {
  /** The plan, or a function giving it at the click (a form's values as they are then). */
  readonly plan: Plan | (() => Plan);
}) {
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome>(undefined);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  // The codec (and the rule engine it validates with) loads on first use, off the page's start.
  const encode = useMutation({ mutationFn: shareLinkOf });

  const copyLink = async () => {
    window.clearTimeout(timer.current);
    setOutcome(undefined);
    let link: string;
    try {
      link = await encode.mutateAsync(typeof plan === 'function' ? plan() : plan);
    } catch {
      return; // encode.isError says so below
    }
    try {
      await navigator.clipboard.writeText(link);
      setOutcome('copied');
      // Cleared, so that copying again is announced again.
      timer.current = window.setTimeout(() => setOutcome(undefined), 5000);
    } catch {
      setOutcome('manual');
    }
  };

  return (
    <div className="copy-link">
      <button
        type="button"
        className="button"
        disabled={encode.isPending}
        onClick={() => void copyLink()}
      >
        Copy link to this plan
      </button>
      <span className="copy-link-status" role="status">
        {encode.isPending && 'Making the link…'}
        {encode.isError &&
          (encode.error instanceof LinkTooLongError
            ? `No link: ${encode.error.message} (download it from the export step).`
            : 'The link could not be made. Try again, or download the plan file.')}
        {outcome === 'copied' && 'Link copied'}
        {outcome === 'manual' && 'Could not copy automatically: copy the link below yourself.'}
      </span>
      {outcome === 'manual' && encode.data !== undefined && (
        <div className="copy-link-manual">
          <label className="field-label" htmlFor={`${id}-link`}>
            Link to this plan
          </label>
          <input
            id={`${id}-link`}
            className="input copy-link-text"
            type="text"
            readOnly
            value={encode.data}
            spellCheck={false}
            // Selected on arrival and on focus, ready for Ctrl+C.
            ref={(input) => input?.select()}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      )}
    </div>
  );
}

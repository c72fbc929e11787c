import { Fragment, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Plan } from '@/domain/plan/plan-schema';
import { navigate } from '@/lib/history';
import { readSavedPlan } from '@/features/wizard/plan-storage';
import { isEmptyPlan, samePlan } from './same-plan';
import { keepSessionSecret } from './session-secret';
import { planFragmentPrefix, shareLinkPath } from './share-link';
import {
  forgetPendingLink,
  forgetSetAsidePlan,
  keepPendingLink,
  readPendingLink,
  readSetAsidePlan,
  replaceSavedPlan,
  setPlanAside,
} from './shared-plan-storage';
import './shared-plan-links.css';

interface LinkedPlan {
  readonly token: string;
  readonly plan: Plan;
}

/**
 * The plan token in the address (`#plan=…`) of a wizard page, if any. Other pages (the report)
 * read their own links.
 */
function tokenInAddress(): string | undefined {
  const { hash, pathname } = window.location;
  if (!/^\/(plan(\/|$)|$)/.test(pathname) || !hash.startsWith(planFragmentPrefix)) return undefined;
  return hash.slice(planFragmentPrefix.length);
}

/** Drops the fragment, so that a reload does not open (or ask about) the link again. */
function removeFragment(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
}

async function decode(token: string) {
  const { decodePlanLink } = await import('@/domain/share/share-codec');
  return decodePlanLink(token);
}

/**
 * Opens share links: the plan in a `#plan=` fragment replaces the autosaved plan and the page
 * lands on the review. When this browser holds a different plan, the user is asked first, and
 * neither plan is lost: the replaced plan is set aside (to switch back to), and a link not opened
 * is kept (to open later). A link that cannot be read changes nothing and says why.
 * `children` (the pages) are mounted again whenever the autosaved plan is replaced here.
 */
export function SharedPlanLinks({ children }: { readonly children: ReactNode }) {
  const storage = window.localStorage;
  const [opening, setOpening] = useState(() => tokenInAddress() !== undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [note, setNote] = useState<string | undefined>(undefined);
  const [asking, setAsking] = useState<LinkedPlan | undefined>(undefined);
  // Set by "Open the shared plan" just before it closes the dialog; any other close keeps it.
  const openChosen = useRef(false);
  const [pendingLink, setPendingLink] = useState(() => readPendingLink(storage));
  const [setAside, setSetAside] = useState(() => readSetAsidePlan(storage));
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [generation, setGeneration] = useState(0);
  const dialog = useRef<HTMLDialogElement>(null);

  /** Makes `plan` the plan in this browser; the current one is set aside when it differs. */
  const openPlan = useCallback(
    (linked: LinkedPlan, options: { replace?: boolean } = {}) => {
      const current = readSavedPlan(storage)?.plan;
      if (current && !isEmptyPlan(current) && !samePlan(current, linked.plan)) {
        setPlanAside(storage, current);
        setSetAside(readSetAsidePlan(storage));
      }
      replaceSavedPlan(storage, linked.plan);
      // A secret an import kept belongs to the plan being replaced.
      keepSessionSecret(undefined);
      if (readPendingLink(storage) === linked.token) {
        forgetPendingLink(storage);
        setPendingLink(undefined);
      }
      navigate(shareLinkPath, options);
      setGeneration((count) => count + 1);
    },
    [storage],
  );

  /**
   * Reads a link. One from the address asks before replacing a different plan; a kept link the
   * user now opens does not ask again.
   */
  const handleLink = useCallback(
    async (token: string, fromAddress: boolean, isCancelled: () => boolean = () => false) => {
      setProblem(undefined);
      setNote(undefined);
      const decoded = await decode(token);
      if (isCancelled()) return;
      if (fromAddress) removeFragment();
      if ('problem' in decoded) {
        setProblem(decoded.problem);
        return;
      }
      setNote(decoded.note);
      const linked = { token, plan: decoded.plan };
      const current = readSavedPlan(storage)?.plan;
      if (fromAddress && current && !isEmptyPlan(current) && !samePlan(current, linked.plan)) {
        setAsking(linked);
      } else {
        openPlan(linked, { replace: fromAddress });
      }
    },
    [openPlan, storage],
  );

  useEffect(() => {
    let cancelled = false;
    const onAddress = () => {
      const token = tokenInAddress();
      if (token === undefined) return;
      setOpening(true);
      void handleLink(token, true, () => cancelled).finally(() => {
        if (!cancelled) setOpening(false);
      });
    };
    onAddress();
    // A link pasted into the address bar of an open planner changes only the fragment.
    window.addEventListener('hashchange', onAddress);
    return () => {
      cancelled = true;
      window.removeEventListener('hashchange', onAddress);
    };
  }, [handleLink]);

  useEffect(() => {
    if (asking && !dialog.current?.open) dialog.current?.showModal();
  }, [asking]);

  const switchToSetAside = () => {
    if (!setAside) return;
    const current = readSavedPlan(storage)?.plan;
    if (current && !isEmptyPlan(current)) setPlanAside(storage, current);
    else forgetSetAsidePlan(storage);
    setSetAside(readSetAsidePlan(storage));
    replaceSavedPlan(storage, setAside.plan);
    keepSessionSecret(undefined);
    setGeneration((count) => count + 1);
  };

  return (
    <>
      {problem !== undefined && (
        <div className="banner shared-plan-problem" role="alert">
          <p>
            <strong>This link cannot be opened:</strong> {problem}. The plan in this browser has not
            been changed.
          </p>
          <div className="banner-actions">
            <button type="button" className="button" onClick={() => setProblem(undefined)}>
              Dismiss
            </button>
          </div>
        </div>
      )}
      {note !== undefined && (
        <div className="banner shared-plan-notice" role="note">
          <p>Note about the shared plan: {note}.</p>
          <div className="banner-actions">
            <button type="button" className="button" onClick={() => setNote(undefined)}>
              Dismiss
            </button>
          </div>
        </div>
      )}
      {pendingLink !== undefined && (
        <div className="banner shared-plan-notice">
          <p>A shared plan you chose not to open is kept in this browser.</p>
          <div className="banner-actions">
            <button
              type="button"
              className="button"
              onClick={() => void handleLink(pendingLink, false)}
            >
              Open the shared plan (sets yours aside)
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                forgetPendingLink(storage);
                setPendingLink(undefined);
              }}
            >
              Forget the shared plan
            </button>
          </div>
        </div>
      )}
      {setAside !== undefined && (
        <div className="banner shared-plan-notice">
          <p>
            The plan you had before opening a shared link (set aside{' '}
            {new Date(setAside.savedAt).toLocaleString()}) is kept in this browser.
          </p>
          <div className="banner-actions">
            {confirmDiscard ? (
              <>
                <button
                  type="button"
                  className="button button-danger"
                  onClick={() => {
                    forgetSetAsidePlan(storage);
                    setSetAside(undefined);
                    setConfirmDiscard(false);
                  }}
                >
                  Yes, discard the set-aside plan
                </button>
                <button type="button" className="button" onClick={() => setConfirmDiscard(false)}>
                  Keep it
                </button>
              </>
            ) : (
              <>
                <button type="button" className="button" onClick={switchToSetAside}>
                  Switch back to it (sets this one aside)
                </button>
                <button type="button" className="button" onClick={() => setConfirmDiscard(true)}>
                  Discard it…
                </button>
              </>
            )}
          </div>
        </div>
      )}
      {opening ? (
        <p role="status">Opening the shared plan…</p>
      ) : (
        <Fragment key={generation}>{children}</Fragment>
      )}
      <dialog
        ref={dialog}
        className="dialog"
        aria-labelledby="shared-plan-heading"
        onClose={() => {
          const linked = asking;
          setAsking(undefined);
          if (!linked) return;
          if (openChosen.current) {
            openChosen.current = false;
            openPlan(linked);
          } else {
            // Keep my plan, or Escape: the link is kept, to open later.
            keepPendingLink(storage, linked.token);
            setPendingLink(linked.token);
          }
        }}
      >
        <h2 id="shared-plan-heading">Open the shared plan?</h2>
        <p>
          This browser already holds a different plan. Opening the shared plan sets yours aside: you
          can switch back to it at any time. If you keep your plan, the shared one is kept too, to
          open later.
        </p>
        <div className="dialog-actions">
          {/* showModal focuses the first button, so keeping the plan is the default. */}
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Keep my plan
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              openChosen.current = true;
              dialog.current?.close();
            }}
          >
            Open the shared plan
          </button>
        </div>
      </dialog>
    </>
  );
}

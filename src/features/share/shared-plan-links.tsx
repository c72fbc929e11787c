import { Fragment, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Plan } from '@/domain/plan/plan-schema';
import { navigate } from '@/lib/history';
import { loadPlanParser } from '@/features/wizard/plan-parser';
import { readSavedPlan } from '@/features/wizard/plan-storage';
import { isEmptyPlan, samePlan } from './same-plan';
import { keepSessionSecret } from './session-secret';
import { planFragmentPrefix, shareLinkPath } from './share-link';
import {
  forgetKeptLink,
  forgetKeptToken,
  forgetSetAsidePlan,
  keepLink,
  planLabel,
  readKeptLinks,
  readSetAsidePlans,
  replaceSavedPlan,
  setPlanAside,
  maxKeptEntries,
  type PlanLabel,
  type SetAsidePlan,
} from './shared-plan-storage';
import './shared-plan-links.css';

interface LinkedPlan {
  readonly token: string;
  readonly plan: Plan;
}

/** A link that would replace a different plan, with what the dialog tells the two apart by. */
interface AskingAbout extends LinkedPlan {
  readonly current: PlanLabel & { readonly savedAt: string };
}

/** The two plans side by side, name, Region and last change, so the user knows which is which. */
function PlanComparison({ asking }: { readonly asking: AskingAbout }) {
  const shared = planLabel(asking.plan);
  const savedAt = new Date(asking.current.savedAt);
  return (
    <table className="shared-plan-comparison">
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">Fact</span>
          </th>
          <th scope="col">Your plan, in this browser</th>
          <th scope="col">The shared plan</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Name</th>
          <td>{asking.current.name}</td>
          <td>{shared.name}</td>
        </tr>
        <tr>
          <th scope="row">Region</th>
          <td>{asking.current.region ?? 'not chosen'}</td>
          <td>{shared.region ?? 'not chosen'}</td>
        </tr>
        <tr>
          <th scope="row">Last change</th>
          <td>
            {Number.isNaN(savedAt.getTime()) ? (
              'not recorded'
            ) : (
              <time dateTime={savedAt.toISOString()}>{savedAt.toLocaleString()}</time>
            )}
          </td>
          <td>not recorded (a link carries only the plan)</td>
        </tr>
      </tbody>
    </table>
  );
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
  // What follows compares the linked plan with the saved one, which needs the plan parser.
  const [{ decodePlanLink }] = await Promise.all([
    import('@/domain/share/share-codec'),
    loadPlanParser(),
  ]);
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
  const [asking, setAsking] = useState<AskingAbout | undefined>(undefined);
  // The link the dialog's answer was carried out for: a button answers at once, Escape on close.
  const answered = useRef<LinkedPlan | undefined>(undefined);
  const [keptLinks, setKeptLinks] = useState(() => readKeptLinks(storage));
  const [setAside, setSetAside] = useState(() => readSetAsidePlans(storage));
  const [confirmDiscard, setConfirmDiscard] = useState<string | undefined>(undefined);
  // What the bound of the kept lists pushed out, said once so that nothing disappears unseen.
  const [dropped, setDropped] = useState<readonly PlanLabel[]>([]);
  const reread = useCallback(() => {
    setKeptLinks(readKeptLinks(storage));
    setSetAside(readSetAsidePlans(storage));
  }, [storage]);
  const [generation, setGeneration] = useState(0);
  const dialog = useRef<HTMLDialogElement>(null);

  /** Makes `plan` the plan in this browser; the current one is set aside when it differs. */
  const openPlan = useCallback(
    (linked: LinkedPlan, options: { replace?: boolean } = {}) => {
      const current = readSavedPlan(storage)?.plan;
      if (current && !isEmptyPlan(current) && !samePlan(current, linked.plan)) {
        setDropped(setPlanAside(storage, current, 'replaced by a shared link'));
      }
      replaceSavedPlan(storage, linked.plan);
      // A secret an import kept belongs to the plan being replaced.
      keepSessionSecret(undefined);
      forgetKeptToken(storage, linked.token);
      reread();
      navigate(shareLinkPath, options);
      setGeneration((count) => count + 1);
    },
    [storage, reread],
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
      const saved = readSavedPlan(storage);
      const current = saved?.plan;
      if (fromAddress && current && !isEmptyPlan(current) && !samePlan(current, linked.plan)) {
        setAsking({ ...linked, current: { ...planLabel(current), savedAt: saved.savedAt } });
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

  /**
   * Carries out the answer to the dialog, once per link: open the shared plan, or keep it to open
   * later. A button answers before the dialog closes: its `close` event comes in a later task,
   * and a page left meanwhile (another link opened at once) lost the link kept there.
   */
  const answer = (linked: LinkedPlan | undefined, open: boolean) => {
    if (!linked || answered.current === linked) return;
    answered.current = linked;
    setAsking(undefined);
    if (open) {
      openPlan(linked);
    } else {
      setDropped(keepLink(storage, linked.token, linked.plan));
      reread();
    }
  };

  const answerAndClose = (open: boolean) => {
    answer(asking, open);
    dialog.current?.close();
  };

  const switchToSetAside = (entry: SetAsidePlan) => {
    forgetSetAsidePlan(storage, entry.id);
    const current = readSavedPlan(storage)?.plan;
    if (current && !isEmptyPlan(current) && !samePlan(current, entry.plan)) {
      setDropped(
        setPlanAside(storage, current, `replaced by "${entry.name}" you switched back to`),
      );
    }
    replaceSavedPlan(storage, entry.plan);
    keepSessionSecret(undefined);
    reread();
    setGeneration((count) => count + 1);
  };
  const describe = (entry: PlanLabel) => `${entry.name}${entry.region ? ` (${entry.region})` : ''}`;

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
      {dropped.length > 0 && (
        <div className="banner shared-plan-notice" role="status">
          <p>
            To keep at most {maxKeptEntries} entries, the oldest was dropped:{' '}
            {dropped.map(describe).join(', ')}.
          </p>
          <div className="banner-actions">
            <button type="button" className="button" onClick={() => setDropped([])}>
              Dismiss
            </button>
          </div>
        </div>
      )}
      {(keptLinks.length > 0 || setAside.length > 0) && (
        <section className="banner shared-plan-notice" aria-labelledby="kept-plans-heading">
          <h2 id="kept-plans-heading" className="shared-plan-kept-heading">
            Kept in this browser
          </h2>
          <ul className="shared-plan-kept">
            {keptLinks.map((link) => (
              <li key={link.id}>
                <p>
                  Shared plan not opened yet: <strong>{describe(link)}</strong>, kept{' '}
                  {new Date(link.keptAt).toLocaleString()}
                </p>
                <div className="banner-actions">
                  <button
                    type="button"
                    className="button"
                    onClick={() => void handleLink(link.token, false)}
                  >
                    Open “{link.name}” (sets yours aside)
                  </button>
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      forgetKeptLink(storage, link.id);
                      reread();
                    }}
                  >
                    Forget “{link.name}”
                  </button>
                </div>
              </li>
            ))}
            {setAside.map((entry) => (
              <li key={entry.id}>
                <p>
                  Set-aside plan: <strong>{describe(entry)}</strong>, {entry.reason},{' '}
                  {new Date(entry.savedAt).toLocaleString()}
                </p>
                <div className="banner-actions">
                  {confirmDiscard === entry.id ? (
                    <>
                      <button
                        type="button"
                        className="button button-danger"
                        onClick={() => {
                          forgetSetAsidePlan(storage, entry.id);
                          setConfirmDiscard(undefined);
                          reread();
                        }}
                      >
                        Yes, delete “{entry.name}”
                      </button>
                      <button
                        type="button"
                        className="button"
                        onClick={() => setConfirmDiscard(undefined)}
                      >
                        Keep it
                      </button>
                    </>
                  ) : (
                    <>
                      <button
                        type="button"
                        className="button"
                        onClick={() => switchToSetAside(entry)}
                      >
                        Switch back to “{entry.name}” (sets the current one aside)
                      </button>
                      <button
                        type="button"
                        className="button"
                        onClick={() => setConfirmDiscard(entry.id)}
                      >
                        Delete “{entry.name}”…
                      </button>
                    </>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </section>
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
        // Escape: the link is kept, to open later.
        onClose={() => answer(asking, false)}
      >
        <h2 id="shared-plan-heading">Open the shared plan?</h2>
        <p>
          This browser already holds a different plan. Opening the shared plan sets yours aside: you
          can switch back to it at any time. If you keep your plan, the shared one is kept too, to
          open later.
        </p>
        {asking && <PlanComparison asking={asking} />}
        <div className="dialog-actions">
          {/* showModal focuses the first button, so keeping the plan is the default. */}
          <button type="button" className="button" onClick={() => answerAndClose(false)}>
            Keep my plan
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => answerAndClose(true)}
          >
            Open the shared plan
          </button>
        </div>
      </dialog>
    </>
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Plan } from '@/domain/plan/plan-schema';
import { isPlanParserLoaded, loadPlanParser } from '../plan-parser';
import { replaceFormPlan } from './use-plan-form';
import {
  emptyPlan,
  planSavedByAnotherTab,
  readSavedPlan,
  savePlan,
  savingReadsStoredPlan,
  storageKey,
  type SavedPlan,
} from '../plan-storage';

export interface Autosave {
  /** Another tab saved a different plan since this tab last loaded or saved. */
  readonly conflict: SavedPlan | undefined;
  readonly loadTheirs: () => void;
  readonly keepMine: () => void;
  readonly startOver: () => void;
}

/**
 * The plan a new tab opens with: the autosaved one, or an empty plan. main.tsx loads the plan
 * parser first when a plan is saved; one saved by another tab only since is not read here, and
 * the first save then finds it (the conflict banner), as for any plan another tab saves.
 */
export function initialPlan(): { plan: Plan; revision: number } {
  const saved = isPlanParserLoaded() ? readSavedPlan(window.localStorage) : undefined;
  return saved ? { plan: saved.plan, revision: saved.revision } : { plan: emptyPlan, revision: 0 };
}

/**
 * Saves the plan to localStorage on every change, so a reload loses nothing. When another tab has
 * saved since, this tab stops saving and asks which plan to keep.
 */
export function usePlanAutosave(form: UseFormReturn<Plan>, initialRevision: number): Autosave {
  const tab = useRef({ id: crypto.randomUUID(), baseRevision: initialRevision });
  const [conflict, setConflict] = useState<SavedPlan | undefined>(undefined);
  const conflictRef = useRef(conflict);
  conflictRef.current = conflict;

  const save = useCallback((plan: Plan, force = false): void => {
    // Another tab's plan may be in storage: comparing needs the parser (loaded at start when this
    // browser holds plans). A new plan's saves need none, and are made at once: a reload right
    // after typing must keep what was typed.
    if (!isPlanParserLoaded() && savingReadsStoredPlan(window.localStorage)) {
      void loadPlanParser().then(() => save(plan, force));
      return;
    }
    const outcome = savePlan(window.localStorage, plan, tab.current, { force });
    if (outcome.saved) {
      tab.current.baseRevision = outcome.revision;
      // Only when there is one to clear: while a render of the page is pending, even a state
      // update that changes nothing renders the whole page again at once, on every keystroke.
      if (conflictRef.current) setConflict(undefined);
    } else {
      setConflict(outcome.newer);
    }
  }, []);

  useEffect(() => {
    // One save per event: an edit that fills derived places changes the plan several times in
    // one keystroke, and each save writes the whole plan. Saved before the event ends (a
    // microtask), so that nothing typed waits for a later task to be kept.
    let latest: Plan | undefined;
    const subscription = form.watch((values) => {
      if (conflictRef.current) return;
      if (latest === undefined) {
        queueMicrotask(() => {
          const plan = latest!;
          latest = undefined;
          save(plan);
        });
      }
      latest = values as Plan;
    });
    return () => subscription.unsubscribe();
  }, [form, save]);

  useEffect(() => {
    const noticeAnotherTabsPlan = async () => {
      await loadPlanParser();
      const theirs = planSavedByAnotherTab(window.localStorage, tab.current);
      if (theirs) setConflict(theirs);
    };
    const listener = (event: StorageEvent) => {
      if (event.key === storageKey) void noticeAnotherTabsPlan();
    };
    window.addEventListener('storage', listener);
    // A plan another tab saved after this tab read the stored one, and before it listened: its
    // event reached nobody here, so the page would learn of it only at its first save.
    if (savingReadsStoredPlan(window.localStorage)) void noticeAnotherTabsPlan();
    return () => window.removeEventListener('storage', listener);
  }, []);

  useEffect(() => {
    // While a conflict stops saving, this tab's plan lives only in the page: closing it would lose
    // it without a word, so the browser asks first.
    if (!conflict) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [conflict]);

  return {
    conflict,
    loadTheirs: () => {
      if (!conflict) return;
      tab.current.baseRevision = conflict.revision;
      setConflict(undefined);
      replaceFormPlan(form, conflict.plan);
    },
    keepMine: () => save(form.getValues(), true),
    startOver: () => {
      replaceFormPlan(form, emptyPlan);
      // Saved as a new revision (not removed), so that other tabs notice the change.
      save(emptyPlan, true);
    },
  };
}

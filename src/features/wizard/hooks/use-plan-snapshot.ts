import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Plan } from '@/domain/plan/plan-schema';
import { afterNextPaint } from '@/lib/after-next-paint';

/** The plan as it stood after a change, numbered: the page's findings, stepper and link read it. */
export interface PlanSnapshot {
  readonly plan: Plan;
  /** Counts the form's changes: findings of an older revision are not the current plan's. */
  readonly revision: number;
}

/** The revision of the plan the form holds now, which moves on every change at once. */
export interface PlanRevision {
  readonly current: () => number;
  readonly subscribe: (onChange: () => void) => () => void;
}

/**
 * The plan for everything on the page that reads all of it (the rule engine, the stepper, the
 * share link): taken after the keystroke that changed it has painted, at most once a frame, and
 * rendered as a transition, so that typing is never held up by them on a large plan. The form's
 * own revision moves at once, so that a surface giving a verdict can tell its findings are not
 * yet the current plan's (see useFindingsAreCurrent).
 */
export function usePlanSnapshot(
  form: UseFormReturn<Plan>,
  initial: Plan,
): { readonly snapshot: PlanSnapshot; readonly revision: PlanRevision } {
  const [snapshot, setSnapshot] = useState<PlanSnapshot>({ plan: initial, revision: 0 });
  const [revision] = useState(() => {
    let current = 0;
    const listeners = new Set<() => void>();
    return {
      current: () => current,
      subscribe: (onChange: () => void) => {
        listeners.add(onChange);
        return () => listeners.delete(onChange);
      },
      advance: () => {
        current += 1;
        for (const listener of listeners) listener();
        return current;
      },
    };
  });

  useEffect(() => {
    let latest: number | undefined;
    let cancel: (() => void) | undefined;
    // The form may change the values it handed a watcher in place later, so the snapshot is a
    // copy, taken once a frame after the paint: its identity tells readers the plan changed
    // (without it, a derived value written after an edit was never checked).
    const subscription = form.watch(() => {
      latest = revision.advance();
      cancel ??= afterNextPaint(() => {
        cancel = undefined;
        const next = { plan: structuredClone(form.getValues()), revision: latest! };
        startTransition(() => setSnapshot(next));
      });
    });
    return () => {
      subscription.unsubscribe();
      cancel?.();
    };
  }, [form, revision]);

  return { snapshot, revision };
}

/**
 * Whether the findings checked at `checkedRevision` are those of the plan the form holds now.
 * The build's pre-rendering reads it as the first render in the browser does.
 */
export function useIsCurrentRevision(revision: PlanRevision, checkedRevision: number): boolean {
  const isCurrent = () => revision.current() === checkedRevision;
  return useSyncExternalStore(revision.subscribe, isCurrent, isCurrent);
}

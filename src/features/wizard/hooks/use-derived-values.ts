import { useEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { fieldOfPointer, pointerOfField } from '@/components/ui/form/field-findings-context';
import type * as DerivationsModule from '@/domain/plan/derivations';
import type { Plan } from '@/domain/plan/plan-schema';
import { loadOnce } from '@/lib/load-once';
import { nextTask } from '@/lib/task-pauses';

type Derivations = typeof DerivationsModule;

// Nothing derives before the first edit, so the derivations (with the alarm catalogue they
// read) are not part of the page's first load: they load once the form is on the page. A load
// that fails (offline, or a new deployment removed this build's files) is tried again by the
// next edit.
const derivationsModule = loadOnce(() => import('@/domain/plan/derivations'));

const alarmEnabled = /^operations\.alarms\.(\w+)\.enabled$/;

/** Writes into the form what the edit of field `name` derives (see useDerivedValues). */
function derive(
  derivations: Derivations,
  form: UseFormReturn<Plan>,
  plan: Plan,
  name: string,
  before: Plan,
): void {
  const options = { shouldDirty: true, shouldValidate: true } as const;
  for (const { target, value } of derivations.derivedWrites(plan, pointerOfField(name), before)) {
    form.setValue(fieldOfPointer(target) as never, value as never, options);
  }
  const alarm = alarmEnabled.exec(name)?.[1];
  if (alarm === undefined) return;
  const setting =
    plan.operations?.alarms?.[
      alarm as keyof NonNullable<NonNullable<Plan['operations']>['alarms']>
    ];
  const threshold = derivations.recommendedThreshold(alarm);
  if (setting?.enabled === true && setting.threshold === undefined && threshold !== undefined)
    form.setValue(`operations.alarms.${alarm}.threshold` as never, threshold as never, options);
}

/**
 * Writes derived values where their source changes: each edit of a field (never a whole-plan
 * replacement such as an import, whose values are judged as they are) fills the places derived
 * from it that still follow it, the values AWS fixes that are not stated yet, and an alarm's
 * recommended threshold when the alarm is turned on.
 */
export function useDerivedValues(form: UseFormReturn<Plan>): void {
  useEffect(() => {
    let stopped = false;
    // What the plan held before each edit: a derived place follows its source only while it
    // still holds what was derived from it. The form may change the values it handed a watcher
    // in place later, so a copy is kept: of what the derivations read once they have loaded, not
    // of the whole plan (50 keys), as this runs on every keystroke; of the whole plan before.
    const atStart = derivationsModule.loaded();
    let before: Plan = atStart
      ? atStart.derivationInputs(form.getValues())
      : structuredClone(form.getValues());
    // Edits made before the derivations have loaded wait for them, in order.
    let waiting = Promise.resolve();
    const subscription = form.watch((values, { name }) => {
      const plan = values as Plan;
      const previous = before;
      const loaded = derivationsModule.loaded();
      if (loaded) {
        before = loaded.derivationInputs(plan);
        if (name !== undefined) derive(loaded, form, plan, name, previous);
        return;
      }
      const edited = structuredClone(plan);
      before = edited;
      if (name === undefined) return;
      // An edit whose derivations could not load derives nothing; later edits still wait their turn.
      waiting = waiting
        .then(derivationsModule.load)
        .then((derivations) => {
          if (!stopped) derive(derivations, form, edited, name, previous);
        })
        .catch(() => undefined);
    });
    void nextTask()
      .then(derivationsModule.load)
      .catch(() => undefined);
    return () => {
      stopped = true;
      subscription.unsubscribe();
    };
  }, [form]);
}

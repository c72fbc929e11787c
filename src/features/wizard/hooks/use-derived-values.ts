import { useEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { fieldOfPointer, pointerOfField } from '@/components/ui/form/field-findings-context';
import { derivationInputs, derivedWrites, recommendedThreshold } from '@/domain/plan/derivations';
import type { Plan } from '@/domain/plan/plan-schema';

const alarmEnabled = /^operations\.alarms\.(\w+)\.enabled$/;

/**
 * Writes derived values where their source changes: each edit of a field (never a whole-plan
 * replacement such as an import, whose values are judged as they are) fills the places derived
 * from it that still follow it, the values AWS fixes that are not stated yet, and an alarm's recommended threshold
 * when the alarm is turned on.
 */
export function useDerivedValues(form: UseFormReturn<Plan>): void {
  useEffect(() => {
    // What the plan held before each edit: a derived place follows its source only while it
    // still holds what was derived from it. The form may change the values it handed a watcher
    // in place later, so a copy is kept: of what the derivations read, not of the whole plan
    // (50 keys), as this runs on every keystroke.
    let before = derivationInputs(form.getValues());
    const subscription = form.watch((values, { name }) => {
      const plan = values as Plan;
      const previous = before;
      before = derivationInputs(plan);
      if (name === undefined) return;
      const options = { shouldDirty: true, shouldValidate: true } as const;
      for (const { target, value } of derivedWrites(plan, pointerOfField(name), previous)) {
        form.setValue(fieldOfPointer(target) as never, value as never, options);
      }
      const alarm = alarmEnabled.exec(name)?.[1];
      if (alarm === undefined) return;
      const setting =
        plan.operations?.alarms?.[
          alarm as keyof NonNullable<NonNullable<Plan['operations']>['alarms']>
        ];
      const threshold = recommendedThreshold(alarm);
      if (setting?.enabled === true && setting.threshold === undefined && threshold !== undefined)
        form.setValue(`operations.alarms.${alarm}.threshold` as never, threshold as never, options);
    });
    return () => subscription.unsubscribe();
  }, [form]);
}

import { useEffect } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import type { Plan } from '@/domain/plan/plan-schema';
import { planResolver } from '../plan-parser';

/**
 * Empties the form's default values. react-hook-form gives a field that mounts where the form
 * holds no value the default value of its place: with the loaded plan as the defaults, a field
 * the user had emptied (the plan no longer states it) took its old value back, into the plan,
 * when its step was opened again. The defaults serve only the form's first render (before it
 * has mounted, the form reads them); nothing here compares values with them (no `isDirty`).
 * `resetDefaultValues` would announce a new form state, rendering every field again, so the
 * object is emptied in place, as react-hook-form's own `useController` writes to it.
 */
function forgetDefaultValues(form: UseFormReturn<Plan>): void {
  const defaults = form.control._defaultValues as Record<string, unknown>;
  for (const key of Object.keys(defaults)) delete defaults[key];
}

/** The wizard's one form, holding `plan` until the user changes it. */
export function usePlanForm(plan: Plan): UseFormReturn<Plan> {
  const form = useForm<Plan>({ resolver: planResolver, mode: 'onChange', defaultValues: plan });
  // After useForm's own effect, which marks the form mounted: from then on it reads its values.
  useEffect(() => forgetDefaultValues(form), [form]);
  return form;
}

/** Puts `plan` in the form in place of what it holds, as usePlanForm holds a loaded plan. */
export function replaceFormPlan(form: UseFormReturn<Plan>, plan: Plan): void {
  form.reset(plan);
  forgetDefaultValues(form);
}

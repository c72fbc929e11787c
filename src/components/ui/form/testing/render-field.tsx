/**
 * Test support for the form kit's component tests: a field rendered in a plan form, with the
 * findings of the engine's check of that plan, as a wizard step shows it.
 */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { FormProvider, useForm, type UseFormReturn } from 'react-hook-form';
import { checkPlan } from '@/domain/check/check-document';
import { testNow } from '@/domain/engine/rule-tester';
import type { Plan } from '@/domain/plan/plan-schema';
import { FieldFindingsContext, FieldFindingsStore } from '../field-findings-context';

/** The field in a form holding `plan`, its findings those of the engine's check of `plan`. */
export function renderField(plan: Plan, field: ReactNode) {
  const store = new FieldFindingsStore();
  const { findings, unknowns } = checkPlan(plan, { now: testNow, fieldNames: 'labels' });
  store.show(findings, unknowns);
  let form: UseFormReturn<Plan> | undefined;
  function Form({ children }: { readonly children: ReactNode }) {
    form = useForm<Plan>({ defaultValues: plan });
    return (
      <FormProvider {...form}>
        <FieldFindingsContext.Provider value={store}>{children}</FieldFindingsContext.Provider>
      </FormProvider>
    );
  }
  render(<Form>{field}</Form>);
  return { store, form: () => form! };
}

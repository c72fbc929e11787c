import {
  memo,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
} from 'react';
import { FormProvider } from 'react-hook-form';
import {
  FieldFindingsContext,
  FieldFindingsStore,
} from '@/components/ui/form/field-findings-context';
import { PlacedFields, PlacedFieldsContext } from '@/components/ui/form/placed-fields';
import type { Finding, Unknown } from '@/domain/engine/types';
import type { Plan } from '@/domain/plan/plan-schema';
import { CopyLinkButton } from '@/features/share/copy-link-button';
import { keepSessionSecret } from '@/features/share/session-secret';
import { navigate, useHistoryState } from '@/lib/history';
import { ConflictBanner } from './components/conflict-banner';
import { StartOver } from './components/start-over';
import { StepFindingsSummary, UnplacedFindings } from './components/step-findings';
import { Stepper } from './components/stepper';
import { WizardNav } from './components/wizard-nav';
import { initialPlan, usePlanAutosave } from './hooks/use-plan-autosave';
import { useDerivedValues } from './hooks/use-derived-values';
import { notChecked, useFindings } from './hooks/use-findings';
import { replaceFormPlan, usePlanForm } from './hooks/use-plan-form';
import { usePlanSnapshot } from './hooks/use-plan-snapshot';
import { isFocusRequest } from './go-to-field';
import { findingTouchesStep, unknownTouchesStep } from './step-of-pointer';
import { isPlanStep, stepPath, type StepId } from './step-ids';
import { stepStatuses } from './step-status';
import { findStep, preloadStepsWhenIdle } from './steps';
import { WizardContext } from './wizard-context';

/** The field a pointer names, or the nearest enclosing part of the plan shown on the page. */
function focusTarget(pointer: string): HTMLElement | null {
  for (let path = pointer; ; path = path.slice(0, path.lastIndexOf('/'))) {
    const element = document.querySelector<HTMLElement>(`[data-pointer="${CSS.escape(path)}"]`);
    if (element) {
      return element.querySelector<HTMLElement>('input, select, textarea') ?? element;
    }
    if (path === '') return null;
  }
}

const noFindings: readonly Finding[] = [];

/**
 * A step's content, which tells the page when it has mounted. Memoised: the page renders again
 * after every change (it reads the whole plan's snapshot and findings), but a step's fields
 * subscribe to their own parts of the form and to the findings, so re-rendering all of them (50
 * keys of a large plan) per keystroke would only cost frames.
 */
const StepContent = memo(function StepContent({
  Component,
  onShown,
}: {
  readonly Component: ComponentType;
  readonly onShown: () => void;
}) {
  useEffect(() => onShown(), [onShown]);
  return <Component />;
});

/**
 * The stepper with each step's state. The states read every stated value: they follow the plan
 * snapshot, as the findings do, and are worked out in this component's own render, which React
 * can hold back for a keystroke, rather than in the page's together with the check.
 */
const WizardStepper = memo(function WizardStepper({
  current,
  plan,
  findings,
  unknowns,
}: {
  readonly current: StepId;
  readonly plan: Plan;
  readonly findings: readonly Finding[];
  readonly unknowns: readonly Unknown[];
}) {
  const statuses = useMemo(
    () => stepStatuses(plan, findings, unknowns),
    [plan, findings, unknowns],
  );
  return <Stepper current={current} statuses={statuses} />;
});

/**
 * The planning wizard: one react-hook-form form for the whole plan, one step per URL. (On the page,
 * each field is a form element of its own: see FieldShell.)
 */
export function WizardPage({ stepId }: { readonly stepId: StepId }) {
  const [initial] = useState(initialPlan);
  const [placedFields] = useState(() => new PlacedFields());
  const form = usePlanForm(initial.plan);
  const autosave = usePlanAutosave(form, initial.revision);
  useDerivedValues(form);
  const { snapshot, revision } = usePlanSnapshot(form, initial.plan);
  const {
    findings,
    unknowns,
    plan: checkedPlan,
    revision: checkedRevision,
  } = useFindings(snapshot);

  const [fieldFindings] = useState(() => new FieldFindingsStore());
  // Before the paint, so that a field's findings show in the same frame as the step's summary.
  useLayoutEffect(
    () => fieldFindings.show(findings ?? noFindings, unknowns),
    [fieldFindings, findings, unknowns],
  );
  // A finding shows on every step that asks for one of the places it concerns.
  const stepFindings = useMemo(
    () => findings?.filter((finding) => findingTouchesStep(finding, stepId)),
    [findings, stepId],
  );
  const stepUnknowns = useMemo(
    () => unknowns.filter((unknown) => unknownTouchesStep(unknown, stepId)),
    [unknowns, stepId],
  );

  const step = findStep(stepId);
  const heading = useRef<HTMLHeadingElement>(null);
  // The step the page was loaded on: the user has moved once any other step is asked for, even
  // if the first step was still loading when they moved on.
  const landedOn = useRef(stepId);
  const moved = useRef(false);
  const shownStep = useRef<StepId | undefined>(undefined);
  const historyState = useHistoryState();
  useEffect(() => {
    document.title = `${step.title} · XKS Planner`;
  }, [step.title]);
  // Fetch the other steps while the user reads this one, so moving on never waits.
  useEffect(() => preloadStepsWhenIdle(), []);
  // Runs once the step's content is on the page (it may have been loading).
  const onStepShown = useCallback(() => {
    if (stepId !== landedOn.current) moved.current = true;
    const arrived = moved.current && shownStep.current !== stepId;
    shownStep.current = stepId;
    if (isFocusRequest(historyState)) {
      const target = focusTarget(historyState.focusPointer);
      if (target) {
        target.focus();
        return;
      }
    }
    // The first page load keeps the browser's own focus; moving between steps starts at the heading.
    if (arrived) heading.current?.focus();
  }, [stepId, historyState]);

  const wizard = useMemo(
    () => ({
      findings,
      unknowns,
      plan: snapshot.plan,
      checkedPlan,
      checkedRevision,
      revision,
      replacePlan: (plan: Plan) => {
        replaceFormPlan(form, plan);
        navigate(stepPath('connectivity'));
      },
    }),
    [findings, unknowns, snapshot.plan, checkedPlan, checkedRevision, revision, form],
  );

  return (
    <FormProvider {...form}>
      <WizardContext.Provider value={wizard}>
        <FieldFindingsContext.Provider value={fieldFindings}>
          <PlacedFieldsContext.Provider value={placedFields}>
            <div className="wizard">
              <WizardStepper
                current={stepId}
                plan={snapshot.plan}
                findings={findings ?? noFindings}
                unknowns={unknowns}
              />
              <section className="wizard-step" aria-labelledby="step-heading">
                {autosave.conflict && (
                  <ConflictBanner
                    conflict={autosave.conflict}
                    onLoadTheirs={autosave.loadTheirs}
                    onKeepMine={autosave.keepMine}
                  />
                )}
                <div className="step-header">
                  <h2 id="step-heading" tabIndex={-1} ref={heading}>
                    {step.title}
                  </h2>
                  <div className="step-header-actions">
                    <CopyLinkButton plan={() => structuredClone(form.getValues())} />
                    <StartOver
                      onConfirm={() => {
                        autosave.startOver();
                        keepSessionSecret(undefined);
                        navigate(stepPath('start'));
                      }}
                    />
                  </div>
                </div>
                {isPlanStep(stepId) && (
                  <StepFindingsSummary
                    step={stepId}
                    findings={stepFindings}
                    unknowns={stepUnknowns}
                    checking={checkedRevision === notChecked}
                  />
                )}
                <Suspense fallback={<p role="status">Loading this step…</p>}>
                  <StepContent key={stepId} Component={step.Component} onShown={onStepShown} />
                </Suspense>
                {stepId !== 'review' && stepId !== 'export' && (
                  <UnplacedFindings
                    step={stepId}
                    findings={stepFindings ?? noFindings}
                    unknowns={stepUnknowns}
                  />
                )}
                <WizardNav current={stepId} />
              </section>
            </div>
          </PlacedFieldsContext.Provider>
        </FieldFindingsContext.Provider>
      </WizardContext.Provider>
    </FormProvider>
  );
}

import type { ComponentType } from 'react';
import { planStepTitles } from '@/domain/plan/plan-fields';
import { preloadable, type Preloadable } from '@/lib/preloadable';
import { whenIdle } from '@/lib/when-idle';
import { StartStep } from './steps/start-step';
import type { StepId } from './step-ids';

// Only the start step is in the first download; the others load on demand (and are fetched in
// the background as soon as the page is idle, see preloadSteps), to keep the first load small.
const stepModules = {
  connectivity: () => import('./steps/connectivity-step'),
  basics: () => import('./steps/basics-step'),
  network: () => import('./steps/network-step'),
  tls: () => import('./steps/tls-step'),
  proxy: () => import('./steps/proxy-step'),
  keys: () => import('./steps/keys-step'),
  operations: () => import('./steps/operations-step'),
  review: () => import('./steps/review-step'),
  export: () => import('./steps/export-step'),
};

function lazyStep<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): Preloadable<object> {
  return preloadable(() => load().then((module) => module[name]));
}

/**
 * Fetches every step's code in the background, one step each time the browser is idle: each step
 * brings a stylesheet, and applying them all at once would hold the page for tens of
 * milliseconds. Returns a function that stops it.
 */
export function preloadStepsWhenIdle(): () => void {
  let stopped = false;
  let cancelIdle = () => {};
  const preloadFrom = (index: number) => {
    const step = wizardSteps[index];
    if (stopped || step === undefined) return;
    const next = () => preloadFrom(index + 1);
    // A step that failed to load says so when it is opened.
    cancelIdle = whenIdle(() => void step.preload().then(next, next));
  };
  preloadFrom(0);
  return () => {
    stopped = true;
    cancelIdle();
  };
}

export interface WizardStep extends Preloadable<object> {
  readonly id: StepId;
  /** Shown in the stepper, as the step heading, and in the page title. */
  readonly title: string;
}

/** The steps in order. Each is a section of the one plan form; the domain names those that ask. */
export const wizardSteps: readonly WizardStep[] = [
  { id: 'start', title: 'Start', Component: StartStep, preload: () => Promise.resolve(StartStep) },
  {
    id: 'connectivity',
    title: planStepTitles.connectivity,
    ...lazyStep(stepModules.connectivity, 'ConnectivityStep'),
  },
  { id: 'basics', title: planStepTitles.basics, ...lazyStep(stepModules.basics, 'BasicsStep') },
  {
    id: 'network',
    title: planStepTitles.network,
    ...lazyStep(stepModules.network, 'NetworkStep'),
  },
  { id: 'tls', title: planStepTitles.tls, ...lazyStep(stepModules.tls, 'TlsStep') },
  { id: 'proxy', title: planStepTitles.proxy, ...lazyStep(stepModules.proxy, 'ProxyStep') },
  { id: 'keys', title: planStepTitles.keys, ...lazyStep(stepModules.keys, 'KeysStep') },
  {
    id: 'operations',
    title: planStepTitles.operations,
    ...lazyStep(stepModules.operations, 'OperationsStep'),
  },
  { id: 'review', title: 'Review', ...lazyStep(stepModules.review, 'ReviewStep') },
  { id: 'export', title: 'Export', ...lazyStep(stepModules.export, 'ExportStep') },
];

export function findStep(id: StepId): WizardStep {
  return wizardSteps.find((step) => step.id === id)!;
}

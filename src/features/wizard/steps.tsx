import { lazy, type ComponentType } from 'react';
import { planStepTitles } from '@/domain/plan/plan-fields';
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
): ComponentType {
  return lazy<ComponentType>(() => load().then((module) => ({ default: module[name] })));
}

export function preloadSteps(): void {
  for (const load of Object.values(stepModules)) void load();
}

export interface WizardStep {
  readonly id: StepId;
  /** Shown in the stepper, as the step heading, and in the page title. */
  readonly title: string;
  readonly Component: ComponentType;
}

/** The steps in order. Each is a section of the one plan form; the domain names those that ask. */
export const wizardSteps: readonly WizardStep[] = [
  { id: 'start', title: 'Start', Component: StartStep },
  {
    id: 'connectivity',
    title: planStepTitles.connectivity,
    Component: lazyStep(stepModules.connectivity, 'ConnectivityStep'),
  },
  {
    id: 'basics',
    title: planStepTitles.basics,
    Component: lazyStep(stepModules.basics, 'BasicsStep'),
  },
  {
    id: 'network',
    title: planStepTitles.network,
    Component: lazyStep(stepModules.network, 'NetworkStep'),
  },
  { id: 'tls', title: planStepTitles.tls, Component: lazyStep(stepModules.tls, 'TlsStep') },
  {
    id: 'proxy',
    title: planStepTitles.proxy,
    Component: lazyStep(stepModules.proxy, 'ProxyStep'),
  },
  { id: 'keys', title: planStepTitles.keys, Component: lazyStep(stepModules.keys, 'KeysStep') },
  {
    id: 'operations',
    title: planStepTitles.operations,
    Component: lazyStep(stepModules.operations, 'OperationsStep'),
  },
  { id: 'review', title: 'Review', Component: lazyStep(stepModules.review, 'ReviewStep') },
  { id: 'export', title: 'Export', Component: lazyStep(stepModules.export, 'ExportStep') },
];

export function findStep(id: StepId): WizardStep {
  return wizardSteps.find((step) => step.id === id)!;
}

import type { ComponentType } from 'react';
import { BasicsStep } from './steps/basics-step';
import { ConnectivityStep } from './steps/connectivity-step';
import { KeysStep } from './steps/keys-step';
import { NetworkStep } from './steps/network-step';
import { OperationsStep } from './steps/operations-step';
import { ProxyStep } from './steps/proxy-step';
import { ReviewStep } from './steps/review-step';
import { StartStep } from './steps/start-step';
import { TlsStep } from './steps/tls-step';
import type { StepId } from './step-ids';

export interface WizardStep {
  readonly id: StepId;
  /** Shown in the stepper, as the step heading, and in the page title. */
  readonly title: string;
  readonly Component: ComponentType;
}

/** The steps in order. Each is a section of the one plan form. */
export const wizardSteps: readonly WizardStep[] = [
  { id: 'start', title: 'Start', Component: StartStep },
  { id: 'connectivity', title: 'Connectivity', Component: ConnectivityStep },
  { id: 'basics', title: 'Key store basics', Component: BasicsStep },
  { id: 'network', title: 'Network', Component: NetworkStep },
  { id: 'tls', title: 'TLS certificate', Component: TlsStep },
  { id: 'proxy', title: 'Key manager and proxy', Component: ProxyStep },
  { id: 'keys', title: 'Keys', Component: KeysStep },
  { id: 'operations', title: 'Operations', Component: OperationsStep },
  { id: 'review', title: 'Review', Component: ReviewStep },
];

export function findStep(id: StepId): WizardStep {
  return wizardSteps.find((step) => step.id === id)!;
}

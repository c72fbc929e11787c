import mistakes from '../../../examples/plan-with-mistakes.json';
import publicEndpoint from '../../../examples/public-endpoint-ready.json';
import vpcCrossAccount from '../../../examples/vpc-cross-account.json';
import vpcEndpointService from '../../../examples/vpc-endpoint-service-ready.json';
import type { Plan } from './plan-schema';

export interface ExamplePlan {
  /** File name in `examples/` without `.json`. */
  readonly id: string;
  readonly title: string;
  /** Whether the example is meant to have no error findings. */
  readonly ready: boolean;
  /** The document as stored: the mistakes example is deliberately not a clean plan. */
  readonly document: Plan;
}

// JSON imports widen literals (e.g. "PUBLIC_ENDPOINT" to string); the examples are checked
// against the schema by examples.test.ts, so the casts below only restore what the files say.
export const examplePlans: readonly ExamplePlan[] = [
  {
    id: 'public-endpoint-ready',
    title: 'Public endpoint, ready',
    ready: true,
    document: publicEndpoint as Plan,
  },
  {
    id: 'vpc-endpoint-service-ready',
    title: 'VPC endpoint service, ready',
    ready: true,
    document: vpcEndpointService as Plan,
  },
  {
    id: 'vpc-cross-account',
    title: 'VPC endpoint service in another account, ready',
    ready: true,
    document: vpcCrossAccount as Plan,
  },
  {
    id: 'plan-with-mistakes',
    title: 'A draft full of mistakes',
    ready: false,
    document: mistakes as unknown as Plan,
  },
];

export function findExample(id: string): ExamplePlan | undefined {
  return examplePlans.find((example) => example.id === id);
}

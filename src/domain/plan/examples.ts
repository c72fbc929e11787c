import type { VerdictState } from '../check/verdict';
import mistakes from '../../../examples/plan-with-mistakes.json';
import publicEndpoint from '../../../examples/public-endpoint-ready.json';
import vpcCrossAccount from '../../../examples/vpc-cross-account.json';
import vpcDraft from '../../../examples/vpc-endpoint-service-draft.json';
import vpcEndpointService from '../../../examples/vpc-endpoint-service-ready.json';
import type { Plan } from './plan-schema';

export interface ExamplePlan {
  /** File name in `examples/` without `.json`. */
  readonly id: string;
  readonly title: string;
  /** The verdict the example is meant to get: ready, an honest draft, or a plan with mistakes. */
  readonly verdict: VerdictState;
  /** The document as stored: the mistakes example is deliberately not a clean plan. */
  readonly document: Plan;
}

// JSON imports widen literals (e.g. "PUBLIC_ENDPOINT" to string); the examples are checked
// against the schema by examples.test.ts, so the casts below only restore what the files say.
export const examplePlans: readonly ExamplePlan[] = [
  {
    id: 'public-endpoint-ready',
    title: 'Public endpoint, ready',
    verdict: 'ready',
    document: publicEndpoint as Plan,
  },
  {
    id: 'vpc-endpoint-service-ready',
    title: 'VPC endpoint service, ready',
    verdict: 'ready',
    document: vpcEndpointService as Plan,
  },
  {
    id: 'vpc-cross-account',
    title: 'VPC endpoint service in another account, ready',
    verdict: 'ready',
    document: vpcCrossAccount as Plan,
  },
  {
    id: 'plan-with-mistakes',
    title: 'A draft full of mistakes',
    verdict: 'blocked',
    document: mistakes as unknown as Plan,
  },
  {
    id: 'vpc-endpoint-service-draft',
    title: 'VPC endpoint service, an honest first draft',
    verdict: 'incomplete',
    document: vpcDraft as Plan,
  },
];

export function findExample(id: string): ExamplePlan | undefined {
  return examplePlans.find((example) => example.id === id);
}

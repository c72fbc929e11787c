import mistakes from '../../../examples/plan-with-mistakes.json' with { type: 'json' };
import publicEndpoint from '../../../examples/public-endpoint-ready.json' with { type: 'json' };
import vpcCrossAccount from '../../../examples/vpc-cross-account.json' with { type: 'json' };
import vpcDraft from '../../../examples/vpc-endpoint-service-draft.json' with { type: 'json' };
import vpcEndpointService from '../../../examples/vpc-endpoint-service-ready.json' with { type: 'json' };
import { exampleCatalogue, type ExampleId, type ExampleSummary } from './example-catalogue';
import type { Plan } from './plan-schema';

export interface ExamplePlan extends ExampleSummary {
  /** The document as stored: the mistakes example is deliberately not a clean plan. */
  readonly document: Plan;
}

// JSON imports widen literals (e.g. "PUBLIC_ENDPOINT" to string); the examples are checked
// against the schema by examples.test.ts, so the casts below only restore what the files say.
export const exampleDocuments: Readonly<Record<ExampleId, Plan>> = {
  'public-endpoint-ready': publicEndpoint as Plan,
  'vpc-endpoint-service-ready': vpcEndpointService as Plan,
  'vpc-cross-account': vpcCrossAccount as Plan,
  'plan-with-mistakes': mistakes as unknown as Plan,
  'vpc-endpoint-service-draft': vpcDraft as Plan,
};

export const examplePlans: readonly ExamplePlan[] = exampleCatalogue.map((summary) => ({
  ...summary,
  document: exampleDocuments[summary.id],
}));

export function findExample(id: string): ExamplePlan | undefined {
  return examplePlans.find((example) => example.id === id);
}

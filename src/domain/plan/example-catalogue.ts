import type { VerdictState } from '../check/verdict';

/**
 * The example plans by name, without their documents: what the start page lists. The documents
 * (examples.ts) are loaded only when one is opened, so the first page does not carry them.
 */
export interface ExampleSummary {
  /** File name in `examples/` without `.json`. */
  readonly id: string;
  readonly title: string;
  /** The verdict the example is meant to get: ready, an honest draft, or a plan with mistakes. */
  readonly verdict: VerdictState;
}

export const exampleCatalogue = [
  { id: 'public-endpoint-ready', title: 'Public endpoint, ready', verdict: 'ready' },
  { id: 'vpc-endpoint-service-ready', title: 'VPC endpoint service, ready', verdict: 'ready' },
  {
    id: 'vpc-cross-account',
    title: 'VPC endpoint service in another account, ready',
    verdict: 'ready',
  },
  { id: 'plan-with-mistakes', title: 'A draft full of mistakes', verdict: 'blocked' },
  {
    id: 'vpc-endpoint-service-draft',
    title: 'VPC endpoint service, an honest first draft',
    verdict: 'incomplete',
  },
] as const satisfies readonly ExampleSummary[];

export type ExampleId = (typeof exampleCatalogue)[number]['id'];

import type { Fact } from './fact';
import factsJson from './facts.json' with { type: 'json' };

/** The 203 facts of the requirement catalogue, in catalogue order. */
export const facts: readonly Fact[] = factsJson as Fact[];

const factsById = new Map(facts.map((fact) => [fact.id, fact]));

export function findFact(id: string): Fact | undefined {
  return factsById.get(id);
}

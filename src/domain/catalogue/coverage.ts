import { probeCheckFacts, probeCheckIds } from '../probe/probe-checks';
import { allRules } from '../rules';
import { checklist, notApplicable } from './coverage/index';
import { facts } from './facts';

export interface FactCoverage {
  readonly factId: string;
  readonly rules: readonly string[];
  readonly checklist: readonly string[];
  /** Checks of `xks-planner probe` that verify the fact on the running proxy. */
  readonly probe: readonly string[];
  readonly notApplicable?: string;
}

/** How each catalogue fact is covered: by rules, checklist items, probe checks, or why by none. */
export function factCoverage(): FactCoverage[] {
  return facts.map((fact) => {
    const reason = notApplicable[fact.id];
    return {
      factId: fact.id,
      rules: allRules.filter((rule) => rule.facts.includes(fact.id)).map((rule) => rule.id),
      checklist: checklist.filter((item) => item.facts.includes(fact.id)).map((item) => item.id),
      probe: probeCheckIds.filter((id) => probeCheckFacts[id].includes(fact.id)),
      ...(reason === undefined ? {} : { notApplicable: reason }),
    };
  });
}

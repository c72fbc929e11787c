import { allRules } from '../rules';
import { checklist, notApplicable } from './coverage/index';
import { facts } from './facts';

export interface FactCoverage {
  readonly factId: string;
  readonly rules: readonly string[];
  readonly checklist: readonly string[];
  readonly notApplicable?: string;
}

/** How each catalogue fact is covered: by rules, by checklist items, or why by neither. */
export function factCoverage(): FactCoverage[] {
  return facts.map((fact) => {
    const reason = notApplicable[fact.id];
    return {
      factId: fact.id,
      rules: allRules.filter((rule) => rule.facts.includes(fact.id)).map((rule) => rule.id),
      checklist: checklist.filter((item) => item.facts.includes(fact.id)).map((item) => item.id),
      ...(reason === undefined ? {} : { notApplicable: reason }),
    };
  });
}

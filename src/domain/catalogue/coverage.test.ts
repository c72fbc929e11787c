import { describe, expect, it } from 'vitest';
import { probeCheckFacts } from '../probe/probe-checks';
import { allRules } from '../rules';
import { checklist, notApplicable } from './coverage/index';
import { factCoverage } from './coverage';
import { facts, findFact } from './facts';
import { supersededFacts } from './superseded';

describe('catalogue coverage', () => {
  it('covers every fact by a rule, a checklist item, or a reason why neither fits', () => {
    const uncovered = factCoverage()
      .filter((entry) => entry.rules.length + entry.checklist.length === 0 && !entry.notApplicable)
      .map((entry) => entry.factId);
    expect(uncovered).toEqual([]);
  });

  it('gives a reason only for facts that nothing else covers', () => {
    const doubly = factCoverage()
      .filter((entry) => entry.notApplicable && entry.rules.length + entry.checklist.length > 0)
      .map((entry) => entry.factId);
    expect(doubly).toEqual([]);
    for (const reason of Object.values(notApplicable))
      expect(reason.trim().length).toBeGreaterThan(10);
  });

  it('refers only to facts that exist', () => {
    const referenced = [
      ...Object.keys(notApplicable),
      ...checklist.flatMap((item) => item.facts),
      ...allRules.flatMap((rule) => rule.facts),
      ...Object.values(probeCheckFacts).flat(),
    ];
    expect(referenced.filter((id) => !findFact(id))).toEqual([]);
  });

  it('gives checklist items unique kebab-case ids, text and sources', () => {
    const ids = checklist.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of checklist) {
      expect(item.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(item.text.trim().length).toBeGreaterThan(10);
      expect(item.facts.length).toBeGreaterThan(0);
      expect(item.sources.length).toBeGreaterThan(0);
    }
  });

  it('has all 203 catalogue facts', () => {
    expect(facts).toHaveLength(203);
  });

  it('names superseded facts by existing ids, each overridden by a later, covered fact', () => {
    const coverage = new Map(factCoverage().map((entry) => [entry.factId, entry]));
    for (const entry of supersededFacts) {
      const older = findFact(entry.factId);
      const newer = findFact(entry.supersededBy);
      expect(older, entry.factId).toBeDefined();
      expect(newer!.number, entry.supersededBy).toBeGreaterThan(older!.number);
      expect(entry.supersededOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(coverage.get(entry.supersededBy)!.rules.length).toBeGreaterThan(0);
    }
  });
});

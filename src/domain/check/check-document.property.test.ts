/** Whatever a user or a CI job feeds the engine, it answers with findings or a reason, never a crash. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testNow } from '../engine/rule-tester';
import { examplePlans } from '../plan/examples';
import { planSchema } from '../plan/plan-schema';
import { checkDocument, isUnusable, parseDocumentText } from './check-document';
import { parsePlan } from '../plan/parse-plan';

/** Plan-shaped documents: real examples with arbitrary JSON grafted onto arbitrary fields. */
const mangledPlan = fc
  .tuple(
    fc.constantFrom(...examplePlans.map((example) => example.document)),
    fc.array(fc.tuple(fc.string({ maxLength: 3 }), fc.jsonValue({ maxDepth: 3 })), {
      maxLength: 6,
    }),
  )
  .map(([plan, grafts]) => {
    const copy = structuredClone(plan) as Record<string, unknown>;
    const sections = Object.keys(copy).filter((key) => key !== 'version');
    grafts.forEach(([key, value], index) => {
      const section = sections[index % sections.length]!;
      const target = copy[section];
      if (target && typeof target === 'object' && !Array.isArray(target)) {
        (target as Record<string, unknown>)[key || 'x'] = value;
      } else {
        copy[section] = value;
      }
    });
    return copy;
  });

describe('checkDocument on arbitrary input', () => {
  it('never throws on any JSON value, and its plans always fit the schema', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), mangledPlan), (value) => {
        const outcome = checkDocument(parsePlan, value, { now: testNow });
        if (!isUnusable(outcome) && outcome.plan) {
          expect(planSchema.safeParse(outcome.plan).success).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseDocumentText(text);
        if ('value' in parsed) checkDocument(parsePlan, parsed.value, { now: testNow });
      }),
      { numRuns: 500 },
    );
  });
});

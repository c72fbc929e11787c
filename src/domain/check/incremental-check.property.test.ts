// Property tests of a hundred checks each: their time limit allows for a busy machine.

/**
 * The incremental check (createDocumentChecker) must answer exactly as a full check: it reuses a
 * rule's last judgement only when nothing the rule declares in `reads` changed, so each rule's
 * `reads` must cover everything it reads. Plans here are examples edited with values the other
 * examples hold at the same places, so that the edits change what the rules judge.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedPaths, reaches, readPattern } from '../engine/changed-paths';
import { testNow } from '../engine/rule-tester';
import { runRules } from '../engine/run-rules';
import { examplePlans } from '../plan/examples';
import { parsePlan } from '../plan/parse-plan';
import type { Plan } from '../plan/plan-schema';
import { withObservations } from '../probe/plan-observations';
import { planRules } from '../rules';
import { checkDocument, createDocumentChecker } from './check-document';

type Path = (string | number)[];

/** Every place of a JSON value with the value there. */
function placesOf(value: unknown, path: Path = []): [Path, unknown][] {
  const here: [Path, unknown] = [path, value];
  if (value === null || typeof value !== 'object') return [here];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return [here, ...entries.flatMap(([key, item]) => placesOf(item, [...path, key]))];
}

const documents = examplePlans.map((example) => example.document);
const valuesByPlace = documents.flatMap((document) =>
  placesOf(document).filter(([path]) => path.length > 0),
);

type Edit = { readonly path: Path; readonly value: unknown } | { readonly remove: Path };

/** The document with one edit made (on a copy); intermediate objects are made as needed. */
function applyEdit(document: unknown, edit: Edit): unknown {
  const copy = structuredClone(document) as Record<string | number, unknown>;
  const path = 'remove' in edit ? edit.remove : edit.path;
  let parent = copy;
  for (const segment of path.slice(0, -1)) {
    const next = parent[segment];
    if (next === null || typeof next !== 'object') {
      if ('remove' in edit) return copy;
      parent[segment] = typeof segment === 'number' ? [] : {};
    }
    parent = parent[segment] as typeof parent;
  }
  const last = path[path.length - 1]!;
  if (!('remove' in edit)) parent[last] = structuredClone(edit.value);
  else if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else delete parent[last];
  return copy;
}

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.constantFrom(...valuesByPlace).map(([path, value]) => ({ path, value })),
  fc.constantFrom(...valuesByPlace).map(([path]) => ({ remove: path })),
);

const editedPlans = fc.tuple(
  fc.constantFrom(...documents),
  fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
);

describe('the incremental check', () => {
  it('answers after every edit exactly as a full check', () => {
    fc.assert(
      fc.property(editedPlans, ([start, rounds]) => {
        const check = createDocumentChecker(parsePlan);
        let document: unknown = start;
        expect(check(document, { now: testNow })).toStrictEqual(
          checkDocument(parsePlan, document, { now: testNow }),
        );
        for (const edits of rounds) {
          document = edits.reduce(applyEdit, document);
          expect(check(document, { now: testNow })).toStrictEqual(
            checkDocument(parsePlan, document, { now: testNow }),
          );
        }
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it('judges again a rule that reads the time when the time changes', () => {
    const check = createDocumentChecker(parsePlan);
    const document = documents[0]!;
    const later = new Date(testNow.getTime() + 20 * 365 * 24 * 3600 * 1000);
    check(document, { now: testNow });
    expect(check(document, { now: later })).toStrictEqual(
      checkDocument(parsePlan, document, { now: later }),
    );
    expect(checkDocument(parsePlan, document, { now: later })).not.toStrictEqual(
      checkDocument(parsePlan, document, { now: testNow }),
    );
  });

  it('is not misled by a caller that changes the plan it was given', () => {
    const check = createDocumentChecker(parsePlan);
    const document = structuredClone(documents[0]!) as Plan;
    check(document, { now: testNow });
    document.keyStore = { ...document.keyStore, XksProxyUriPath: 'wrong' };
    expect(check(document, { now: testNow })).toStrictEqual(
      checkDocument(parsePlan, document, { now: testNow }),
    );
    // Changed in place, deep down, as a form does.
    document.keyStore.XksProxyUriPath = '/kms/xks/v1';
    expect(check(document, { now: testNow })).toStrictEqual(
      checkDocument(parsePlan, document, { now: testNow }),
    );
  });

  it('keeps what it returns from being changed: the next check builds on it', () => {
    const check = createDocumentChecker(parsePlan);
    const checked = check(structuredClone(documents[0]!), { now: testNow });
    const plan = (checked as { plan: Plan }).plan;
    expect(plan.keys?.length).toBeGreaterThan(0);
    expect(() => {
      plan.keyStore!.XksProxyUriPath = 'wrong';
    }).toThrow(TypeError);
    expect(() => plan.keys!.push({})).toThrow(TypeError);
  });
});

describe('preparing the incremental check', () => {
  /** Pauses that count themselves, with a slice over after every `every`-th rule. */
  const countingPauses = (every: number) => {
    let judged = 0;
    const pauses = {
      count: 0,
      due: () => ++judged % every === 0,
      pause: async () => {
        pauses.count++;
      },
    };
    return pauses;
  };

  it('gives the thread back between rules, and a check afterwards answers as a full check', async () => {
    for (const document of documents) {
      const check = createDocumentChecker(parsePlan);
      const pauses = countingPauses(10);
      await check.prepare(document, { now: testNow }, pauses);
      expect(pauses.count).toBe(Math.floor(planRules.length / 10));
      expect(check(document, { now: testNow })).toStrictEqual(
        checkDocument(parsePlan, document, { now: testNow }),
      );
    }
  });

  it('answers after edits made after it exactly as a full check', async () => {
    await fc.assert(
      fc.asyncProperty(editedPlans, async ([start, rounds]) => {
        const check = createDocumentChecker(parsePlan);
        await check.prepare(start, { now: testNow }, countingPauses(7));
        let document: unknown = start;
        for (const edits of rounds) {
          document = edits.reduce(applyEdit, document);
          expect(check(document, { now: testNow })).toStrictEqual(
            checkDocument(parsePlan, document, { now: testNow }),
          );
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('keeps the memory of a check made while it was pausing, which is newer', async () => {
    const check = createDocumentChecker(parsePlan);
    const [first, second] = documents;
    let checkedMeanwhile = false;
    const pauses = {
      due: () => true,
      pause: async () => {
        if (checkedMeanwhile) return;
        checkedMeanwhile = true;
        check(second, { now: testNow });
      },
    };
    await check.prepare(first, { now: testNow }, pauses);
    expect(check(second, { now: testNow })).toStrictEqual(
      checkDocument(parsePlan, second, { now: testNow }),
    );
  });

  it('leaves what is not a plan to the check itself', async () => {
    const check = createDocumentChecker(parsePlan);
    const pauses = countingPauses(1);
    await check.prepare({ version: 'nine' }, { now: testNow }, pauses);
    await check.prepare([], { now: testNow }, pauses);
    expect(pauses.count).toBe(0);
    expect(check({ version: 'nine' }, { now: testNow })).toStrictEqual(
      checkDocument(parsePlan, { version: 'nine' }, { now: testNow }),
    );
  });
});

describe("each rule's reads", () => {
  const judged = (plan: Plan, ruleIndex: number) => {
    const { findings, unknowns, notApplicable } = runRules(
      [planRules[ruleIndex]!],
      withObservations(plan),
      {
        now: testNow,
        document: { schemaIssues: [], secretPaths: [] },
        connectivity: plan.keyStore?.XksProxyConnectivity,
      },
    );
    return { findings, unknowns, notApplicable };
  };

  it('cover what it reads: its judgement stays when only places outside them change', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...documents),
        fc.array(edit, { maxLength: 4 }),
        (start, edits) => {
          const before = parsePlan(start as Record<string, unknown>).plan;
          const after = parsePlan(edits.reduce(applyEdit, start) as Record<string, unknown>).plan;
          const changed = changedPaths(withObservations(before), withObservations(after));
          planRules.forEach((rule, index) => {
            const patterns = rule.reads.map(readPattern);
            const connectivityChanged =
              before.keyStore?.XksProxyConnectivity !== after.keyStore?.XksProxyConnectivity;
            if (rule.appliesTo !== 'all' && connectivityChanged) return;
            if (changed.some((path) => patterns.some((pattern) => reaches(pattern, path)))) return;
            expect(
              judged(after, index),
              `${rule.id} changed when only ${JSON.stringify(changed)} changed`,
            ).toStrictEqual(judged(before, index));
          });
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});

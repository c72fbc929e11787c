/**
 * An ESLint-style RuleTester on Vitest: each rule is tested with tables of valid, invalid and
 * unknown documents. Like ESLint's, it also checks the tests themselves: every table is required
 * (the unknown one may instead say why the rule can never be unknown), every invalid case names
 * the findings it expects by messageId and path, every unknown case the places it misses,
 * messageIds must exist, placeholders must be filled, and duplicate cases are refused. A plan
 * rule's findings, as the wizard shows them, must name no internal path. Test-only code.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../plan/parse-plan';
import { planFields, quotedPlaceName } from '../plan/plan-fields';
import type { Connectivity } from '../plan/plan-schema';
import type { ChainAnalysis } from '../tls/chain-types';
import { runRules } from './run-rules';
import type { AnyRule, DocumentFacts, FieldNamer, Finding } from './types';

/** The moment rule tests judge dates against, unless a case gives its own. */
export const testNow = new Date('2026-11-30T12:00:00Z');

export interface ValidCase {
  readonly name: string;
  /** A plan document (or proxy configuration file), as it would be read from JSON. */
  readonly document: unknown;
  readonly now?: Date;
  /** The analysis of the document's certificate chain, as checkPlanWithCertificates passes it. */
  readonly certificateChain?: ChainAnalysis;
  /** Set when the case shows that the rule does not apply (other connectivity). */
  readonly notApplicable?: boolean;
}

export interface InvalidCase {
  readonly name: string;
  readonly document: unknown;
  readonly now?: Date;
  readonly certificateChain?: ChainAnalysis;
  /** Exactly the findings the rule must report, in any order. */
  readonly errors: readonly { messageId: string; path: string }[];
}

export interface UnknownCase {
  readonly name: string;
  readonly document: unknown;
  readonly now?: Date;
  readonly certificateChain?: ChainAnalysis;
  /** Exactly the places (JSON Pointers) the rule reports as not stated. */
  readonly missing: readonly string[];
}

export interface RuleTests {
  /** Plans the rule passes: no finding and nothing unknown. */
  readonly valid: readonly ValidCase[];
  readonly invalid: readonly InvalidCase[];
  /** Plans the rule cannot judge, or why it never lacks what it needs. */
  readonly unknown: readonly UnknownCase[] | { readonly none: string };
}

const knownPatterns = new Set(planFields.map((field) => field.pattern));
const sections = [...knownPatterns].map((pattern) => pattern.split('/')[1]).filter(Boolean);
const camelCaseKeys = [
  ...new Set([...knownPatterns].flatMap((pattern) => pattern.split('/'))),
].filter((key) => /^[a-z]+[A-Z]/.test(key));
const pathLike = new RegExp(
  `(?<![\\w.-])(?:/|\\b)(?:${[...new Set(sections)].join('|')})(?:[/.][\\w*]+)*`,
  'g',
);
const keyLike = new RegExp(`\\b(?:${camelCaseKeys.join('|')})\\b`, 'g');

/**
 * The plan's own spellings of places a text shows a person: JSON Pointers and dotted paths that
 * name a place of the plan (`/vpc/subnets/0`, `vpc.connectionToProxy`) and its camelCase keys
 * (`roundTripMs`). Host names and URI paths (`/kms/xks/v1`, `/keys/<id>/metadata`) are not.
 */
export function internalPathsIn(text: string): string[] {
  const paths = [...text.matchAll(pathLike)]
    .map((match) => match[0])
    .filter((token) => /[/.]/.test(token))
    .filter((token) => {
      const pattern = `/${token.replace(/^\//, '')}`
        .split(/[/.]/)
        .slice(1)
        .map((segment) => `/${/^\d+$/.test(segment) ? '*' : segment}`)
        .join('');
      return knownPatterns.has(pattern);
    });
  return [...paths, ...[...text.matchAll(keyLike)].map((match) => match[0])];
}

function run(
  rule: AnyRule,
  { document, now = testNow, certificateChain }: ValidCase,
  nameField?: FieldNamer,
) {
  let input: unknown = document;
  let facts: DocumentFacts = { schemaIssues: [], secretPaths: [] };
  let connectivity: Connectivity | undefined;
  if (rule.target === 'plan') {
    const parsed = parsePlan(document as Record<string, unknown>);
    input = parsed.plan;
    facts = parsed.facts;
    connectivity = parsed.plan.keyStore?.XksProxyConnectivity;
  }
  return runRules([rule], input, {
    now,
    document: facts,
    connectivity,
    certificateChain,
    nameField,
  });
}

const describeFinding = (finding: Pick<Finding, 'messageId' | 'path'>) =>
  `${finding.messageId} at ${finding.path || '(root)'}`;

export function testRule(rule: AnyRule, tests: RuleTests): void {
  const unknownCases = 'none' in tests.unknown ? [] : tests.unknown;
  describe(rule.id, () => {
    it('has valid and invalid cases with unique names and documents', () => {
      expect(tests.valid.length, 'valid cases').toBeGreaterThan(0);
      expect(tests.invalid.length, 'invalid cases').toBeGreaterThan(0);
      const cases = [...tests.valid, ...tests.invalid, ...unknownCases];
      const names = cases.map((testCase) => testCase.name);
      expect(new Set(names).size, 'duplicate case names').toBe(names.length);
      const documents = cases.map((testCase) =>
        JSON.stringify([testCase.document, testCase.certificateChain]),
      );
      expect(new Set(documents).size, 'duplicate case documents').toBe(documents.length);
      if ('none' in tests.unknown) {
        expect(tests.unknown.none.trim(), 'why the rule is never unknown').not.toBe('');
        expect(rule.requires ?? [], 'a rule with requires can be unknown').toEqual([]);
      } else {
        expect(unknownCases.length, 'unknown cases').toBeGreaterThan(0);
      }
      for (const unknown of unknownCases) {
        expect(unknown.missing.length, `${unknown.name}: expected missing places`).toBeGreaterThan(
          0,
        );
      }
      for (const invalid of tests.invalid) {
        expect(invalid.errors.length, `${invalid.name}: expected findings`).toBeGreaterThan(0);
        for (const error of invalid.errors) {
          expect(Object.keys(rule.messages), `${invalid.name}: messageId`).toContain(
            error.messageId,
          );
        }
      }
    });

    for (const valid of tests.valid) {
      it(`valid: ${valid.name}`, () => {
        const result = run(rule, valid);
        expect(result.findings.map(describeFinding)).toEqual([]);
        expect(result.unknowns.flatMap((unknown) => unknown.paths)).toEqual([]);
        expect(result.notApplicable.includes(rule.id), 'rule applicability').toBe(
          valid.notApplicable === true,
        );
      });
    }

    for (const invalid of tests.invalid) {
      it(`invalid: ${invalid.name}`, () => {
        const result = run(rule, invalid);
        expect(result.findings.map(describeFinding).sort()).toEqual(
          invalid.errors.map(describeFinding).sort(),
        );
        for (const finding of result.findings) {
          expect(finding.message, 'unfilled placeholder in message').not.toMatch(/\{\{/);
          expect(finding.fix, 'unfilled placeholder in fix').not.toMatch(/\{\{/);
        }
        if (rule.target !== 'plan') return;
        // The wizard and the report name places as the wizard labels them, never by their path.
        for (const finding of run(rule, invalid, quotedPlaceName).findings) {
          expect(internalPathsIn(`${finding.message} ${finding.fix}`), finding.message).toEqual([]);
        }
      });
    }

    for (const unknown of unknownCases) {
      it(`unknown: ${unknown.name}`, () => {
        const result = run(rule, unknown);
        expect(result.findings.map(describeFinding)).toEqual([]);
        expect(result.unknowns.flatMap((entry) => entry.paths).sort()).toEqual(
          [...unknown.missing].sort(),
        );
      });
    }
  });
}

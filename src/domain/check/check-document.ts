import {
  rerunRules,
  runRules,
  runRulesPausing,
  type Pauses,
  type RunMemory,
  type RunOptions,
} from '../engine/run-rules';
import type { DocumentFacts, Finding, Severity, Unknown } from '../engine/types';
import type { ParsedPlan } from '../plan/parse-plan';
import { copyWithoutSecrets } from '../plan/plan-secrets';
import { parseWellFormedPlan, parseWellFormedPlanAgain } from '../plan/well-formed-plan';
import { quotedPlaceName } from '../plan/plan-fields';
import { describeJsonType, migratePlan } from '../plan/migrate-plan';
import type { ExistingKeyStore, Plan } from '../plan/plan-schema';
import { withObservations } from '../probe/plan-observations';
import { proxyConfigFileKeys, type ProxyConfigFile } from '../plan/proxy-config-file';
import { planRules, proxyConfigRules } from '../rules';
import type { ChainAnalysis } from '../tls/chain-types';
import { formatCount } from '../text/format-count';

export interface CheckOptions {
  /** The moment to judge dates against; defaults to now. */
  readonly now?: Date;
  /** The analysis of the plan's `tls.certificateChainPem` (see check-with-certificates.ts). */
  readonly certificateChain?: ChainAnalysis;
  /**
   * What the account already has (read from `aws kms describe-custom-key-stores`): replaces the
   * plan's own `existingKeyStores`, as the account's current state outranks what a plan recorded.
   */
  readonly existingKeyStores?: readonly ExistingKeyStore[];
  /** The account's aliases (read from `aws kms list-aliases`): replaces the plan's own. */
  readonly existingAliases?: readonly string[];
  /**
   * How a plan's messages name its places: as JSON Pointers (the CLI, SARIF, `/check`), or as
   * the wizard labels them (the wizard and the report). A proxy configuration file keeps pointers.
   */
  readonly fieldNames?: 'pointers' | 'labels';
}

export type DocumentKind = 'plan' | 'proxy-config';

export interface DocumentCheck {
  readonly kind: DocumentKind;
  /** The plan the rules judged (secrets and malformed values left out); plans only. */
  readonly plan?: Plan;
  readonly findings: readonly Finding[];
  /** Rules the document does not say enough to judge: never passes. */
  readonly unknowns: readonly Unknown[];
  readonly notApplicable: readonly string[];
}

/** Why a document cannot be checked at all (the CLI's exit code 2). */
export interface UnusableDocument {
  readonly unusable: string;
}

export type CheckOutcome = DocumentCheck | UnusableDocument;

export function isUnusable(outcome: CheckOutcome): outcome is UnusableDocument {
  return 'unusable' in outcome;
}

const noDocumentFacts = { schemaIssues: [], secretPaths: [] };

const planFieldNamer = (options: CheckOptions) =>
  options.fieldNames === 'labels' ? quotedPlaceName : undefined;

/** Judges a plan that is already well-formed (the wizard's form state). */
export function checkPlan(plan: Plan, options: CheckOptions = {}): DocumentCheck {
  return checkParsedPlan(plan, noDocumentFacts, options);
}

function planRunOptions(plan: Plan, facts: DocumentFacts, options: CheckOptions): RunOptions {
  return {
    now: options.now ?? new Date(),
    document: facts,
    connectivity: plan.keyStore?.XksProxyConnectivity,
    certificateChain: options.certificateChain,
    nameField: planFieldNamer(options),
  };
}

function checkParsedPlan(plan: Plan, facts: DocumentFacts, options: CheckOptions): DocumentCheck {
  return {
    kind: 'plan',
    plan,
    ...runRules(planRules, withObservations(plan), planRunOptions(plan, facts, options)),
  };
}

/**
 * Parses a plan document that is not a current, well-formed plan (or one merged with the
 * account's state), saying what is wrong: parse-plan.ts's `parsePlan`, which needs zod. The
 * caller passes it, so that a check that does not need it (see `needsPlanParser`) never loads
 * zod: a quarter of the CLI's start.
 */
export type PlanParser = (document: Record<string, unknown>) => ParsedPlan;

/**
 * Works out what a parsed JSON value is (a plan, or the console's proxy configuration file) and
 * runs the matching rules. Never throws for any JSON value.
 */
export function checkDocument(
  parsePlan: PlanParser,
  value: unknown,
  options: CheckOptions = {},
): CheckOutcome {
  return judgeDocument(readDocument(value, options, parseWellFormedPlan, parsePlan), options);
}

/** Whether `checkDocument` would call its plan parser for `value` with `options`. */
export function needsPlanParser(value: unknown, options: CheckOptions = {}): boolean {
  let needed = false;
  readDocument(value, options, parseWellFormedPlan, () => {
    needed = true;
    return { plan: { version: 1 }, facts: noDocumentFacts };
  });
  return needed;
}

/** A `checkDocument` for one document checked again and again as it is edited (the wizard's plan). */
export interface DocumentChecker {
  (value: unknown, options?: CheckOptions): CheckOutcome;
  /**
   * Judges `value` as a call would, before the first call, pausing between rules whenever
   * `pauses` says (see `runRulesPausing`): a call with the same document afterwards judges only
   * the rules that read the time. What is not a plan is left to the call.
   */
  readonly prepare: (value: unknown, options: CheckOptions, pauses: Pauses) => Promise<void>;
}

/**
 * A `checkDocument` for one document checked again and again as it is edited (the wizard's plan):
 * it judges again only the rules whose inputs changed since its last check (see `rerunRules`),
 * and answers as `checkDocument` does.
 */
export function createDocumentChecker(parsePlan: PlanParser): DocumentChecker {
  let memory: RunMemory<Plan> | undefined;
  // The last well-formed plan: frozen, and the next one shares what did not change with it, so
  // that `rerunRules` finds what changed without comparing the rest.
  let wellFormed: Plan | undefined;
  const parseAgain = (value: unknown) => {
    const plan = parseWellFormedPlanAgain(value, wellFormed);
    if (plan !== undefined) wellFormed = plan;
    return plan;
  };
  // The memory must not change with the plan returned: a plan `parsePlan` gave is copied (it
  // holds no secret).
  const ruleInput = (plan: Plan) =>
    withObservations(plan === wellFormed ? plan : (copyWithoutSecrets(plan) as Plan));
  const check = (value: unknown, options: CheckOptions = {}): CheckOutcome => {
    const read = readDocument(value, options, parseAgain, parsePlan);
    if (read.kind !== 'plan') return judgeDocument(read, options);
    const { plan, facts } = read;
    const run = rerunRules(
      planRules,
      ruleInput(plan),
      planRunOptions(plan, facts, options),
      memory,
    );
    memory = run.memory;
    return { kind: 'plan', plan, ...run.result };
  };
  const prepare = async (value: unknown, options: CheckOptions, pauses: Pauses) => {
    const read = readDocument(value, options, parseAgain, parsePlan);
    if (read.kind !== 'plan') return;
    const { plan, facts } = read;
    const runOptions = planRunOptions(plan, facts, options);
    const prepared = await runRulesPausing(planRules, ruleInput(plan), runOptions, pauses);
    // A check made meanwhile is newer.
    memory ??= prepared;
  };
  return Object.assign(check, { prepare });
}

/** What a document turned out to be, ready for its rules. */
type ReadDocument =
  | { readonly kind: 'plan'; readonly plan: Plan; readonly facts: DocumentFacts }
  | { readonly kind: 'proxy-config'; readonly file: ProxyConfigFile }
  | { readonly kind: 'unusable'; readonly problem: string };

function readDocument(
  value: unknown,
  options: CheckOptions,
  parseWellFormed: (value: unknown) => Plan | undefined,
  parsePlan: PlanParser,
): ReadDocument {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      kind: 'unusable',
      problem: `expected a JSON object, found ${describeJsonType(value)}`,
    };
  }
  // Most documents checked (the wizard's on every change, the CLI's) are current, well-formed
  // plans: they need no depth walk, migration or secret search (the schema holds no secret).
  if (options.existingKeyStores === undefined && options.existingAliases === undefined) {
    const plan = parseWellFormed(value);
    if (plan !== undefined) return { kind: 'plan', plan, facts: noDocumentFacts };
  }
  if (nestsTooDeep(value)) return { kind: 'unusable', problem: tooDeepProblem };
  const document = value as Record<string, unknown>;
  // Older plan forms are brought up to date first; a newer version is refused there.
  const migration = migratePlan(document);
  if (migration.kind === 'problem') return { kind: 'unusable', problem: migration.problem };
  if (migration.kind === 'plan') {
    const parsed = parsePlan({
      ...migration.document,
      ...(options.existingKeyStores && { existingKeyStores: options.existingKeyStores }),
      ...(options.existingAliases && { existingAliases: options.existingAliases }),
    });
    return { kind: 'plan', plan: parsed.plan, facts: parsed.facts };
  }
  if (proxyConfigFileKeys.some((key) => key in document)) {
    return { kind: 'proxy-config', file: document as ProxyConfigFile };
  }
  return {
    kind: 'unusable',
    problem:
      'not an XKS plan (no "version" field) and not a KMS proxy configuration file (no "XksProxyUriPath" or "XksProxyAuthenticationCredential")',
  };
}

function judgeDocument(read: ReadDocument, options: CheckOptions): CheckOutcome {
  if (read.kind === 'unusable') return { unusable: read.problem };
  if (read.kind === 'plan') return checkParsedPlan(read.plan, read.facts, options);
  const result = runRules(proxyConfigRules, read.file, {
    now: options.now ?? new Date(),
    document: noDocumentFacts,
    connectivity: undefined,
  });
  return { kind: 'proxy-config', ...result };
}

/** Largest document accepted, in bytes of UTF-8. */
export const maxDocumentBytes = 5 * 1024 * 1024;

/**
 * What JSON.parse objected to and where ("line L, column C"). Messages that quote the text around
 * the error are not passed on: that text may be a secret.
 */
function syntaxErrorLocation(text: string, error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : '';
  if (/end of JSON input/i.test(message)) return 'the text ends before the JSON is complete';
  const located = /^([^"]*) in JSON at position (\d+)/.exec(message);
  if (!located) return /^Unexpected token/.test(message) ? 'unexpected character' : undefined;
  const before = text.slice(0, Number(located[2]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${located[1]} at line ${line}, column ${column}`;
}

/**
 * Deepest nesting of arrays and objects accepted. A plan needs fewer than 10 levels; the limit
 * keeps every walk over a document (the secret finder, copies, JSON.stringify) far from the call
 * stack's end, whatever a file or link holds.
 */
export const maxJsonDepth = 32;

/**
 * Whether `value` nests deeper than `maxJsonDepth`. The walk stops one level past the limit, so it
 * never recurses deeper than that, whatever the value holds; it allocates nothing.
 */
function nestsTooDeep(value: unknown, depth = 1): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (depth > maxJsonDepth) return true;
  if (Array.isArray(value)) return value.some((item) => nestsTooDeep(item, depth + 1));
  for (const key in value) {
    if (
      Object.hasOwn(value, key) &&
      nestsTooDeep((value as Record<string, unknown>)[key], depth + 1)
    )
      return true;
  }
  return false;
}

export const tooDeepProblem = `nested more than ${maxJsonDepth} levels deep (a plan needs fewer than 10)`;

/**
 * Most values (members and elements) accepted in one document. A plan with 600 keys holds about
 * 6,000; JSON.parse alone takes seconds for half a million fields, so the count is taken from
 * the text before it is parsed.
 */
export const maxJsonValues = 50_000;

export const tooManyValuesProblem = `holds more than ${formatCount(maxJsonValues)} values (a plan needs a few thousand at most)`;

const [quote, backslash, comma, openBrace, openBracket, closeBrace, closeBracket] = [
  ...'"\\,{[}]',
].map((character) => character.charCodeAt(0));

/**
 * Measures JSON text without parsing it, in one pass: why it is too deep or too large, if it is.
 * Text that is not JSON at all passes, for JSON.parse to say where it is wrong.
 */
function jsonTextProblem(text: string): string | undefined {
  let depth = 0;
  let values = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === backslash) index++;
      else if (code === quote) inString = false;
    } else if (code === quote) {
      inString = true;
    } else if (code === openBrace || code === openBracket) {
      if (++depth > maxJsonDepth) return tooDeepProblem;
      if (++values > maxJsonValues) return tooManyValuesProblem;
    } else if (code === closeBrace || code === closeBracket) {
      depth--;
    } else if (code === comma && ++values > maxJsonValues) {
      return tooManyValuesProblem;
    }
  }
  return undefined;
}

/**
 * Parses document text as JSON, with a message fit to show a user when it is not JSON, nests too
 * deep or holds too many values. Every reader (files, pasted text, share links, the CLI) goes
 * through here.
 */
export function parseDocumentText(text: string): { value: unknown } | UnusableDocument {
  const trimmed = text.replace(/^\uFEFF/, '');
  if (trimmed.trim() === '') return { unusable: 'the file is empty' };
  const problem = jsonTextProblem(trimmed);
  if (problem !== undefined) return { unusable: problem };
  try {
    return { value: JSON.parse(trimmed) };
  } catch (error) {
    const location = syntaxErrorLocation(trimmed, error);
    return { unusable: location ? `not valid JSON: ${location}` : 'not valid JSON' };
  }
}

export type Summary = Readonly<Record<`${Severity}s`, number>>;

export function summarise(findings: readonly Finding[]): Summary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors++;
    else if (finding.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

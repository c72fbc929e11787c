import type { Connectivity } from '../plan/plan-schema';
import type { ChainAnalysis } from '../tls/chain-types';
import { changedPaths, reaches, readPattern, type ReadPattern } from './changed-paths';
import { toPointer, valueAt, type PathSegment } from './json-pointer';
import { compareCodeUnits } from '../text/compare-names';
import type {
  AnyRule,
  DocumentFacts,
  FieldNamer,
  Finding,
  ReportData,
  RuleContext,
  Severity,
  Unknown,
} from './types';
import { formatCount } from '../text/format-count';

export interface RunResult {
  readonly findings: readonly Finding[];
  /** Rules that could not judge the document because something they need is not stated. */
  readonly unknowns: readonly Unknown[];
  /** Rules that did not run because they concern the other connectivity. */
  readonly notApplicable: readonly string[];
}

/** Where a plan states its connectivity: rules of one connectivity need it. */
export const connectivityPointer = '/keyStore/XksProxyConnectivity';

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The JSON Pointer itself: how the CLI, SARIF and `/check` name a place. */
export const pointerName: FieldNamer = (pointer) => pointer || '(the whole document)';

function fill(template: string, data: ReportData | undefined, nameField: FieldNamer): string {
  return template.replace(/\{\{\s*(\w+|\/[^\s}]*)\s*\}\}/g, (placeholder, name: string) => {
    if (name.startsWith('/')) return nameField(name);
    const value = data?.[name];
    if (value === undefined) return placeholder;
    return typeof value === 'object' ? nameField(value.field) : String(value);
  });
}

/** Stable order everywhere (UI, report, CLI, snapshots): severity, then path, then rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank[a.severity] - severityRank[b.severity] ||
    compareCodeUnits(a.path, b.path) ||
    compareCodeUnits(a.ruleId, b.ruleId) ||
    compareCodeUnits(a.message, b.message)
  );
}

function compareUnknowns(a: Unknown, b: Unknown): number {
  return (
    severityRank[a.severity] - severityRank[b.severity] ||
    compareCodeUnits(a.paths[0] ?? '', b.paths[0] ?? '') ||
    compareCodeUnits(a.ruleId, b.ruleId)
  );
}

function unknownOf(rule: AnyRule, paths: readonly string[], nameField: FieldNamer): Unknown {
  return {
    ruleId: rule.id,
    severity: rule.severity,
    title: rule.title,
    paths,
    message: `Not known yet: the plan does not state ${paths.map(nameField).join(', ')}, so "${rule.title}" cannot be judged.`,
  };
}

/**
 * Findings listed one by one, per rule and per document; beyond them a rule's findings are only
 * counted, in one summary finding of that rule. This bounds the work and the output of any input.
 */
export const maxFindingsPerRule = 100;
export const maxFindingsPerDocument = 500;

function unlistedFindings(rule: AnyRule, count: number): Finding {
  return {
    ruleId: rule.id,
    severity: rule.severity,
    path: '',
    messageId: 'unlisted-findings',
    message: `And ${formatCount(count)} more findings of this rule, not listed one by one.`,
    fix: 'Correct the findings listed, then check the plan again to see the rest.',
    sources: rule.sources,
  };
}

/** The pointers of `rule.requires` that `input` leaves out, or undefined when it states them all. */
function missingRequirements(rule: AnyRule, input: unknown): string[] | undefined {
  let missing: string[] | undefined;
  for (const pointer of rule.requires ?? []) {
    if (valueAt(input, pointer) === undefined) (missing ??= []).push(pointer);
  }
  return missing;
}

export interface RunOptions {
  now: Date;
  document: DocumentFacts;
  connectivity: Connectivity | undefined;
  /** Made asynchronously beforehand (WebCrypto), so that the rules stay synchronous. */
  certificateChain?: ChainAnalysis | undefined;
  /** How messages name a place (`{{/pointer}}`); the JSON Pointer unless a surface says. */
  nameField?: FieldNamer | undefined;
}

/** How one rule came out, with what it read of the run's options (for an incremental check). */
interface Judgement {
  readonly notApplicable: boolean;
  readonly unknown: Unknown | undefined;
  /** Its findings up to `maxFindingsPerRule`, in the order reported. */
  readonly findings: readonly Finding[];
  /** How many more it reported beyond them. */
  readonly unlisted: number;
  readonly readNow: boolean;
  readonly readDocument: boolean;
  readonly readCertificateChain: boolean;
}

const notApplicable: Judgement = {
  notApplicable: true,
  unknown: undefined,
  findings: [],
  unlisted: 0,
  readNow: false,
  readDocument: false,
  readCertificateChain: false,
};

function judged(unknown: Unknown): Judgement {
  return { ...notApplicable, notApplicable: false, unknown };
}

const noFindings: readonly Finding[] = Object.freeze([]);

/**
 * The context rules are judged with, one rule after another, recording what each reported and
 * what of the run's options it read. One per run, started again for each rule: a context per rule
 * (an object and two bound functions) cost about 6% of a full check. A class: an object literal with
 * getters is made in V8's slow dictionary form. `report` and `unknown` are bound, as rules
 * destructure them; rules are synchronous, so nothing reports into the next rule's judgement.
 */
class Judging implements RuleContext<string> {
  private rule!: AnyRule;
  /** Made on the first report of each rule. */
  findings: Finding[] | undefined;
  /** Pointer and message of each finding reported, to drop repeats; made on the first report. */
  private seen: Set<string> | undefined;
  /** What the rule found unstated inside `check`; made on the first. */
  unstated: Set<string> | undefined;
  unlisted = 0;
  readNow = false;
  readDocument = false;
  readCertificateChain = false;

  constructor(
    private readonly options: RunOptions,
    readonly nameField: FieldNamer,
  ) {}

  /** Makes the context empty, for `rule`. */
  start(rule: AnyRule): this {
    this.rule = rule;
    this.findings = undefined;
    this.seen = undefined;
    this.unstated = undefined;
    this.unlisted = 0;
    this.readNow = false;
    this.readDocument = false;
    this.readCertificateChain = false;
    return this;
  }

  get now(): Date {
    this.readNow = true;
    return this.options.now;
  }

  get document(): DocumentFacts {
    this.readDocument = true;
    return this.options.document;
  }

  get certificateChain(): ChainAnalysis | undefined {
    this.readCertificateChain = true;
    return this.options.certificateChain;
  }

  readonly report: RuleContext<string>['report'] = ({ messageId, path, data, relatedPaths }) => {
    const { rule, nameField } = this;
    const text = rule.messages[messageId];
    if (!text) throw new Error(`rule ${rule.id} reported unknown messageId "${messageId}"`);
    const pointer = toPointer(path);
    const message = fill(text.message, data, nameField);
    const key = `${pointer}\u0000${message}`;
    this.seen ??= new Set();
    if (this.seen.has(key)) return;
    this.seen.add(key);
    // Beyond the limit a finding is only counted: its fix is never written.
    this.findings ??= [];
    if (this.findings.length >= maxFindingsPerRule) {
      this.unlisted++;
      return;
    }
    this.findings.push({
      ruleId: rule.id,
      severity: rule.severity,
      path: pointer,
      ...(relatedPaths?.length ? { relatedPaths: relatedPaths.map(toPointer) } : {}),
      messageId,
      message,
      fix: fill(text.fix, data, nameField),
      sources: rule.sources,
    });
  };

  readonly unknown: RuleContext<string>['unknown'] = (paths) => {
    this.unstated ??= new Set();
    for (const path of paths) this.unstated.add(toPointer(path));
  };
}

/** A context for one run's rules (see `Judging`). */
function judgingFor(options: RunOptions): Judging {
  return new Judging(options, options.nameField ?? pointerName);
}

function judge<Input>(
  rule: AnyRule<Input>,
  input: Input,
  options: RunOptions,
  judging: Judging,
): Judgement {
  const { nameField } = judging;
  if (rule.appliesTo !== 'all') {
    if (options.connectivity === undefined) {
      return judged(unknownOf(rule, [connectivityPointer], nameField));
    }
    if (rule.appliesTo !== options.connectivity) return notApplicable;
  }
  const missing = missingRequirements(rule, input);
  if (missing !== undefined) return judged(unknownOf(rule, missing, nameField));
  rule.check(input, judging.start(rule));
  const { findings, unstated, unlisted, readNow, readDocument, readCertificateChain } = judging;
  return {
    notApplicable: false,
    unknown: unstated?.size ? unknownOf(rule, [...unstated].sort(), nameField) : undefined,
    findings: findings ?? noFindings,
    unlisted,
    readNow,
    readDocument,
    readCertificateChain,
  };
}

/** The run's result from each rule's judgement, in the rules' order. */
function assemble(rules: readonly AnyRule[], judgements: readonly Judgement[]): RunResult {
  const findings: Finding[] = [];
  const unknowns: Unknown[] = [];
  const notApplicableIds: string[] = [];
  let listedInDocument = 0;
  rules.forEach((rule, index) => {
    const judgement = judgements[index]!;
    if (judgement.notApplicable) notApplicableIds.push(rule.id);
    if (judgement.unknown) unknowns.push(judgement.unknown);
    // Most rules find nothing: they cost no more than these two tests.
    if (judgement.findings.length === 0 && judgement.unlisted === 0) return;
    const room = maxFindingsPerDocument - listedInDocument;
    const listed =
      judgement.findings.length <= room ? judgement.findings : judgement.findings.slice(0, room);
    findings.push(...listed);
    listedInDocument += listed.length;
    const unlisted = judgement.unlisted + judgement.findings.length - listed.length;
    if (unlisted > 0) findings.push(unlistedFindings(rule, unlisted));
  });
  findings.sort(compareFindings);
  unknowns.sort(compareUnknowns);
  return { findings, unknowns, notApplicable: notApplicableIds };
}

export function runRules<Input>(
  rules: readonly AnyRule<Input>[],
  input: Input,
  options: RunOptions,
): RunResult {
  const judging = judgingFor(options);
  return assemble(
    rules,
    rules.map((rule) => judge(rule, input, options, judging)),
  );
}

/**
 * How a long run gives the thread back to its caller: `due()` says the current slice is over,
 * and the run goes on once `pause()` resolves. The caller owns the clock (the domain has none).
 */
export interface Pauses {
  readonly due: () => boolean;
  readonly pause: () => Promise<void>;
}

/** What an incremental run keeps of the last run, to judge the next version of the document. */
export interface RunMemory<Input> {
  readonly rules: readonly AnyRule<Input>[];
  readonly input: Input;
  readonly options: RunOptions;
  readonly judgements: readonly Judgement[];
}

/** Each rule's `reads` as patterns, per list of rules (parsed once, not per check). */
const readPatterns = new WeakMap<readonly AnyRule[], readonly (readonly ReadPattern[])[]>();

function readPatternsOf(rules: readonly AnyRule[]): readonly (readonly ReadPattern[])[] {
  let patterns = readPatterns.get(rules);
  if (patterns === undefined) {
    patterns = rules.map((rule) => rule.reads.map(readPattern));
    readPatterns.set(rules, patterns);
  }
  return patterns;
}

/** Whether a change at one of `changed` can change what a reader of `patterns` sees. */
function readsAny(
  patterns: readonly ReadPattern[],
  changed: readonly (readonly PathSegment[])[],
): boolean {
  for (const path of changed) {
    for (const pattern of patterns) if (reaches(pattern, path)) return true;
  }
  return false;
}

/**
 * The last judgement of a rule, when nothing it depends on changed: what it reads of the document
 * (its declared `reads`, which `check/incremental-check.property.test.ts` holds it to), the
 * options it read, and the connectivity and wording every rule depends on.
 */
function stillHolds(
  rule: AnyRule,
  patterns: readonly ReadPattern[],
  judgement: Judgement,
  changed: readonly (readonly PathSegment[])[],
  previous: RunOptions,
  options: RunOptions,
): boolean {
  if (rule.appliesTo !== 'all' && previous.connectivity !== options.connectivity) return false;
  if (judgement.readNow && previous.now.getTime() !== options.now.getTime()) return false;
  if (judgement.readDocument && previous.document !== options.document) return false;
  if (judgement.readCertificateChain && previous.certificateChain !== options.certificateChain) {
    return false;
  }
  return !readsAny(patterns, changed);
}

/**
 * Runs the rules on a new version of a document, judging again only the rules whose inputs
 * changed since `previous` (a full run without it). The result equals `runRules` on the same
 * input (`check/incremental-check.property.test.ts` checks this after random edits).
 */
export function rerunRules<Input>(
  rules: readonly AnyRule<Input>[],
  input: Input,
  options: RunOptions,
  previous: RunMemory<Input> | undefined,
): { readonly result: RunResult; readonly memory: RunMemory<Input> } {
  const comparable =
    previous !== undefined &&
    previous.rules === rules &&
    (previous.options.nameField ?? pointerName) === (options.nameField ?? pointerName);
  const changed = comparable ? changedPaths(previous.input, input) : [];
  const patterns = readPatternsOf(rules);
  const judging = judgingFor(options);
  const judgements = rules.map((rule, index) => {
    const last = comparable ? previous.judgements[index] : undefined;
    return last !== undefined &&
      stillHolds(rule, patterns[index]!, last, changed, previous!.options, options)
      ? last
      : judge(rule, input, options, judging);
  });
  return {
    result: assemble(rules, judgements),
    memory: { rules, input, options, judgements },
  };
}

/**
 * A full run, as `runRules`, that pauses between rules whenever `pauses.due()`; it returns what
 * `rerunRules` keeps, so that checking the same input with that memory judges nothing again. For
 * a page's first check: every rule's code then runs for the first time, which would hold the
 * page's thread for tens of milliseconds in one piece.
 */
export async function runRulesPausing<Input>(
  rules: readonly AnyRule<Input>[],
  input: Input,
  options: RunOptions,
  pauses: Pauses,
): Promise<RunMemory<Input>> {
  const judgements: Judgement[] = [];
  const judging = judgingFor(options);
  for (const rule of rules) {
    if (pauses.due()) await pauses.pause();
    judgements.push(judge(rule, input, options, judging));
  }
  return { rules, input, options, judgements };
}

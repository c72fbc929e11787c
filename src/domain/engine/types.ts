import type { Connectivity } from '../plan/plan-schema';
import type { ChainAnalysis } from '../tls/chain-types';
import type { PathSegment } from './json-pointer';

export type Severity = 'error' | 'warning' | 'info';

export const severities: readonly Severity[] = ['error', 'warning', 'info'];

/** What a rule says about one place in a document. */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  /** JSON Pointer (RFC 6901) into the checked document, e.g. `/keyStore/XksProxyUriPath`. */
  readonly path: string;
  /** Other places the finding concerns (e.g. the other half of a mismatch), as JSON Pointers. */
  readonly relatedPaths?: readonly string[];
  readonly messageId: string;
  readonly message: string;
  readonly fix: string;
  readonly sources: readonly string[];
}

/**
 * A rule that could not judge the plan because something it needs is not stated. Never a pass:
 * an unknown error-severity rule keeps the verdict from "ready".
 */
export interface Unknown {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly title: string;
  /** What the plan must state for the rule to judge it, as JSON Pointers. */
  readonly paths: readonly string[];
  readonly message: string;
}

/** How one rule came out on one document. */
export type RuleOutcome = 'pass' | 'fail' | 'unknown' | 'not-applicable';

export interface RuleMessage {
  /**
   * What is wrong; `{{name}}` placeholders are filled from the report's data, and `{{/pointer}}`
   * names a place of the document: each surface renders it its own way (the CLI as the JSON
   * Pointer, the wizard and the report as the field's label).
   */
  readonly message: string;
  /** What to do about it; may use the same placeholders. */
  readonly fix: string;
}

/** Which documents a rule checks. */
export type RuleTarget = 'plan' | 'proxy-config';

/** A place of the document named in a message, rendered like a `{{/pointer}}` placeholder. */
export interface FieldReference {
  readonly field: string;
}

export type ReportData = Readonly<Record<string, string | number | FieldReference>>;

/** How a surface names a place of the document in messages: the CLI keeps the JSON Pointer. */
export type FieldNamer = (pointer: string) => string;

export interface RuleContext<MessageId extends string> {
  report(finding: {
    messageId: MessageId;
    path: readonly PathSegment[];
    data?: ReportData;
    relatedPaths?: readonly (readonly PathSegment[])[];
  }): void;
  /**
   * Records that the rule cannot judge the plan until these places are stated. Use it where the
   * missing input is found inside `check` (e.g. one subnet's zone); `requires` covers the rest.
   */
  unknown(paths: readonly (readonly PathSegment[])[]): void;
  /** The moment the plan is judged at (injected so date rules are testable). */
  readonly now: Date;
  /** What parsing the raw document found, for the document-level rules. */
  readonly document: DocumentFacts;
  /** The analysis of the plan's pasted certificate chain (`tls.certificateChainPem`), when made. */
  readonly certificateChain: ChainAnalysis | undefined;
}

/** A structural problem the schema found in a document. */
export interface SchemaIssue {
  readonly path: readonly PathSegment[];
  readonly message: string;
  /** The member's name, when the problem is a member the plan format does not have. */
  readonly unknownField?: string;
}

export interface DocumentFacts {
  /** Structural problems the schema found; their values were left out before the rules ran. */
  readonly schemaIssues: readonly SchemaIssue[];
  /** How many more structural problems there were, beyond those listed in `schemaIssues`. */
  readonly unlistedSchemaIssues?: number;
  /** Where the document held a secret access key (values never kept). */
  readonly secretPaths: readonly (readonly PathSegment[])[];
}

export interface RuleDefinition<Input, MessageId extends string> {
  /** kebab-case, equal to the rule's file name. */
  readonly id: string;
  readonly target: RuleTarget;
  readonly severity: Severity;
  readonly title: string;
  /** Why the rule exists, in a sentence or two. */
  readonly description: string;
  readonly messages: Readonly<Record<MessageId, RuleMessage>>;
  /** JSON Pointer patterns of what the rule reads; `*` stands for any array index. */
  readonly reads: readonly string[];
  /**
   * The places (JSON Pointers, no `*`, each also in `reads`) the rule cannot judge without. When
   * one is not stated, `check` is not called and the rule is unknown.
   */
  readonly requires?: readonly string[];
  /** The connectivity the rule applies to; `all` for every plan. */
  readonly appliesTo: 'all' | Connectivity;
  /** AWS documentation (or specification) pages that state the requirement. */
  readonly sources: readonly string[];
  /** Ids of the catalogue facts the rule implements. */
  readonly facts: readonly string[];
  check(input: Input, context: RuleContext<MessageId>): void;
}

// The registry holds rules of many message-id sets; this is the erased view of one.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule<Input = any> = RuleDefinition<Input, string>;

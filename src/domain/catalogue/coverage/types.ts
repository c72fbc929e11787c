import type { Connectivity, Plan } from '../../plan/plan-schema';

/**
 * Something a plan cannot show, for the user to verify by hand; the readiness report lists these
 * as tick boxes.
 */
export interface ChecklistItem {
  /** kebab-case, unique across the checklist. */
  readonly id: string;
  /** What to verify, as an instruction: "Run the AWS XKS proxy test client against ...". */
  readonly text: string;
  readonly appliesTo: 'all' | Connectivity;
  /**
   * For an item that concerns only some plans of its connectivity: false when the plan shows the
   * item does not concern it (the certificate is no wildcard). A plan that does not state the
   * deciding fact keeps the item, as the rules stay unknown rather than pass.
   */
  readonly appliesWhen?: {
    /** When the item is shown, for the documentation: "the certificate CN is a wildcard". */
    readonly description: string;
    readonly test: (plan: Plan) => boolean;
  };
  /** Catalogue facts this item covers. */
  readonly facts: readonly string[];
  readonly sources: readonly string[];
}

/** How one part of the catalogue is covered besides rules (which name their own facts). */
export interface SectionCoverage {
  readonly checklist: readonly ChecklistItem[];
  /** Fact id → one-line reason why neither a rule nor a checklist item fits. */
  readonly notApplicable: Readonly<Record<string, string>>;
}

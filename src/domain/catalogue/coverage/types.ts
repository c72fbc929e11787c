import type { Connectivity } from '../../plan/plan-schema';

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
  /** Further conditions, each naming a plan fact that, once stated otherwise, leaves the item out. */
  readonly when?: ChecklistWhen;
  /** Catalogue facts this item covers. */
  readonly facts: readonly string[];
  readonly sources: readonly string[];
}

/**
 * When a checklist item applies besides its connectivity. An item stays while the plan does not
 * state the fact (the reader still has to check it); it is left out once the plan says otherwise.
 */
export interface ChecklistWhen {
  /** The proxy requires client certificates: left out when the plan says mTLS is off. */
  readonly mtls?: 'on';
  /** The proxy is the AWS sample proxy: left out when the plan names another proxy. */
  readonly proxy?: 'aws-sample';
  /** The server certificate's CN is a wildcard: left out when the plan states another CN. */
  readonly certificate?: 'wildcard';
  /** What the AWS XKS proxy test client checks: left out once the plan says the client passed. */
  readonly conformance?: 'not-yet-tested';
  /** Another key store uses the same endpoint: left out once the existing stores show none does. */
  readonly endpoint?: 'shared-with-another-store';
  /**
   * The load balancer's health check, where no rule judges it: left out for the AWS sample proxy
   * behind the VPC load balancer, whose check rule vpc-target-group-health-check judges.
   */
  readonly healthCheck?: 'not-judged-by-a-rule';
}

/** How one part of the catalogue is covered besides rules (which name their own facts). */
export interface SectionCoverage {
  readonly checklist: readonly ChecklistItem[];
  /** Fact id → one-line reason why neither a rule nor a checklist item fits. */
  readonly notApplicable: Readonly<Record<string, string>>;
}

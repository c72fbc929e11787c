/**
 * The one verdict every surface shows (wizard, report, CLI, SARIF): never optimistic. A rule that
 * could not judge the plan is not a pass, and an unknown error-severity rule (one that decides
 * whether AWS creates and connects the store) keeps the plan from "ready".
 */
import type { Finding, Unknown } from '../engine/types';

export type VerdictState = 'ready' | 'incomplete' | 'blocked';

export interface Verdict {
  readonly state: VerdictState;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Deciding rules (errors if they failed) the plan does not say enough to judge. */
  readonly unknowns: number;
  /** Advice rules (warnings, info) the plan does not say enough to judge; they do not hold it back. */
  readonly adviceUnknowns: number;
  /** "Ready", "Incomplete: 4 requirements not known yet", "Blocked: 2 errors". */
  readonly headline: string;
}

export const verdictLabels: Readonly<Record<VerdictState, string>> = {
  ready: 'Ready',
  incomplete: 'Incomplete',
  blocked: 'Blocked',
};

/** "1 error", "3 errors". */
export const counted = (count: number, noun: string, plural = `${noun}s`) =>
  `${count} ${count === 1 ? noun : plural}`;

/** Unknowns that decide the verdict: those of rules whose failure AWS would refuse or fail on. */
export const decidingUnknowns = (unknowns: readonly Unknown[]) =>
  unknowns.filter((unknown) => unknown.severity === 'error');

export function verdictOf(check: {
  readonly findings: readonly Finding[];
  readonly unknowns: readonly Unknown[];
}): Verdict {
  const count = (severity: Finding['severity']) =>
    check.findings.filter((finding) => finding.severity === severity).length;
  const errors = count('error');
  const unknowns = decidingUnknowns(check.unknowns).length;
  const state: VerdictState = errors > 0 ? 'blocked' : unknowns > 0 ? 'incomplete' : 'ready';
  const headline =
    state === 'blocked'
      ? `Blocked: ${counted(errors, 'error')}`
      : state === 'incomplete'
        ? `Incomplete: ${counted(unknowns, 'requirement')} not known yet`
        : 'Ready: every deciding requirement is stated and passes';
  return {
    state,
    errors,
    warnings: count('warning'),
    infos: count('info'),
    unknowns,
    adviceUnknowns: check.unknowns.length - unknowns,
    headline,
  };
}

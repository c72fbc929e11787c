import { counted, type Verdict } from '@/domain/check/verdict';
import type { Severity } from '@/domain/engine/types';

/** The order the review lists findings in: what blocks the plan first. */
export const reviewOrder: readonly Severity[] = ['error', 'warning', 'info'];

const severityNouns: Readonly<Record<Severity, readonly [string, string]>> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['note', 'notes'],
};

/** "1 error", "no warnings", "3 notes". */
export function severityCount(severity: Severity, count: number): string {
  const [one, many] = severityNouns[severity];
  return count === 0 ? `no ${many}` : counted(count, one, many);
}

/** The heading of one severity's list: "Error", "Warnings". */
export function severityHeading(severity: Severity, count: number): string {
  const [one, many] = severityNouns[severity];
  const noun = count === 1 ? one : many;
  return noun.charAt(0).toUpperCase() + noun.slice(1);
}

/** What the verdict means for this plan, in a sentence or two; advice only when there is some. */
export function verdictDetail(verdict: Verdict): string {
  switch (verdict.state) {
    case 'blocked':
      return verdict.errors === 1
        ? 'The error is something AWS KMS would refuse or fail on. Fix it on its step: the finding links to its field.'
        : 'Each error is something AWS KMS would refuse or fail on. Fix them on their steps: every finding links to its field.';
    case 'incomplete':
      return 'No error so far, but the plan does not yet say enough to know whether AWS KMS will create and connect the key store. State what is listed below.';
    case 'ready': {
      const ready =
        'Nothing in this plan would make AWS KMS refuse to create or connect the key store.';
      if (verdict.warnings === 0) return ready;
      return `${ready} Review the ${verdict.warnings === 1 ? 'warning' : `${verdict.warnings} warnings`} before you build it.`;
    }
  }
}

/** The advice checks (warnings and notes) not known yet, which do not hold the verdict back. */
export function adviceUnknownsText(count: number): string {
  return count === 1
    ? '1 advice check (a warning or note) is not known yet either; it does not hold the verdict back.'
    : `${count} advice checks (warnings and notes) are not known yet either; they do not hold the verdict back.`;
}

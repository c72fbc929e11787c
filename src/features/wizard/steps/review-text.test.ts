import { describe, expect, it } from 'vitest';
import { verdictOf } from '@/domain/check/verdict';
import type { Finding, Severity } from '@/domain/engine/types';
import {
  adviceUnknownsText,
  reviewOrder,
  severityCount,
  severityHeading,
  verdictDetail,
} from './review-text';

const finding = (severity: Severity, index: number): Finding => ({
  ruleId: `rule-${index}`,
  severity,
  path: '',
  messageId: 'm',
  message: 'm',
  fix: 'f',
  sources: [],
});

const verdictWith = (counts: Partial<Record<Severity, number>>) =>
  verdictOf({
    findings: Object.entries(counts).flatMap(([severity, count]) =>
      Array.from({ length: count }, (_, index) => finding(severity as Severity, index)),
    ),
    unknowns: [],
  });

describe('the review’s words', () => {
  it('lists errors first, then warnings, then notes', () => {
    expect(reviewOrder).toEqual(['error', 'warning', 'info']);
  });

  it.each([
    ['error', 0, 'no errors', 'Errors'],
    ['error', 1, '1 error', 'Error'],
    ['warning', 2, '2 warnings', 'Warnings'],
    ['info', 1, '1 note', 'Note'],
    ['info', 3, '3 notes', 'Notes'],
  ] as const)('counts %s × %i as “%s” under “%s”', (severity, count, words, heading) => {
    expect(severityCount(severity, count)).toBe(words);
    expect(severityHeading(severity, count)).toBe(heading);
  });

  it('does not ask to review warnings when there are none', () => {
    const detail = verdictDetail(verdictWith({ info: 2 }));
    expect(detail).not.toMatch(/warning/i);
  });

  it.each([
    [1, 'Review the warning before'],
    [3, 'Review the 3 warnings before'],
  ])('asks to review %i warning(s) in words that fit the count', (count, words) => {
    expect(verdictDetail(verdictWith({ warning: count }))).toContain(words);
  });

  it.each([
    [1, /^The error is .* Fix it on its step/],
    [2, /^Each error is .* Fix them on their steps/],
  ])('speaks of %i error(s) in the singular or plural', (count, words) => {
    expect(verdictDetail(verdictWith({ error: count }))).toMatch(words);
  });

  it.each([
    [1, '1 advice check (a warning or note) is not known yet either; it does not'],
    [2, '2 advice checks (warnings and notes) are not known yet either; they do not'],
  ])('counts %i unknown advice check(s) naturally', (count, words) => {
    expect(adviceUnknownsText(count)).toContain(words);
  });
});

import { describe, expect, it } from 'vitest';
import type { Finding } from '../domain/engine/types';
import { formatSarif } from './format-sarif';

describe('formatSarif', () => {
  it('writes any number of findings (no spread into push)', { timeout: 60_000 }, () => {
    const finding: Finding = {
      ruleId: 'plan-schema',
      severity: 'error',
      path: '/keyStore/x',
      messageId: 'unknown-field',
      message: 'The plan format has no field "x"; it was ignored.',
      fix: 'Remove it.',
      sources: [],
    };
    const findings = Array.from({ length: 150_000 }, () => finding);
    const files = [
      {
        file: 'plan.json',
        outcome: { kind: 'plan' as const, findings, unknowns: [], notApplicable: [] },
      },
    ];
    const sarif = formatSarif(files);
    expect(sarif.split('"ruleId": "plan-schema"').length - 1).toBe(150_000);
  });
});

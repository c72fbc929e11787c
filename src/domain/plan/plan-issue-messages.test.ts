import { describe, expect, it } from 'vitest';
import { planSchema } from './plan-schema';

/** The messages the plan schema gives for `plan` (a version 1 plan with the given sections). */
function messages(plan: Record<string, unknown>): Record<string, string> {
  const result = planSchema.safeParse({ version: 1, ...plan });
  if (result.success) return {};
  return Object.fromEntries(
    result.error.issues.map((issue) => [issue.path.join('.'), issue.message]),
  );
}

describe('planIssueMessage', () => {
  it('names the kind of value a field wants, and the value written', () => {
    expect(
      messages({
        traffic: { peakRequestsPerSecond: '12x' },
        endpointService: { acceptanceRequired: 'yes' },
        title: 42,
      }),
    ).toEqual({
      'traffic.peakRequestsPerSecond': 'Write a number, not “12x”',
      'endpointService.acceptanceRequired': 'Write yes or no (true or false), not “yes”',
      title: 'Write text, not 42',
    });
    expect(messages({ traffic: { peakRequestsPerSecond: 2.5 } })).toEqual({
      'traffic.peakRequestsPerSecond': 'Write a whole number, not 2.5',
    });
  });

  it('gives the bound a number, text or list is out of', () => {
    expect(
      messages({
        traffic: { peakRequestsPerSecond: 2_000_000 },
        externalKeyManager: { site: { latitude: -95 } },
        title: 'x'.repeat(201),
      }),
    ).toEqual({
      'traffic.peakRequestsPerSecond': 'Write a number at most 1,000,000',
      'externalKeyManager.site.latitude': 'Write a number at least -90',
      title: 'Write at most 200 characters',
    });
  });

  it('keeps the messages a schema words itself', () => {
    expect(messages({ operations: { goLiveDate: '1 March 2027' } })).toEqual({
      'operations.goLiveDate': 'Write the date as YYYY-MM-DD, e.g. 2027-03-01',
    });
  });
});

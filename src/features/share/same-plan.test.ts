import { describe, expect, it } from 'vitest';
import { isEmptyPlan, samePlan } from './same-plan';

describe('samePlan', () => {
  it('ignores key order, empty values and $schema', () => {
    expect(
      samePlan(
        {
          version: 1,
          region: 'eu-west-1',
          keyStore: { CustomKeyStoreName: 'a', XksProxyUriPath: '' },
        },
        {
          $schema: 'x',
          keyStore: { CustomKeyStoreName: 'a' },
          region: 'eu-west-1',
          version: 1,
          keys: [],
        },
      ),
    ).toBe(true);
  });

  it('tells different plans apart', () => {
    expect(samePlan({ version: 1, region: 'eu-west-1' }, { version: 1, region: 'eu-west-2' })).toBe(
      false,
    );
  });

  it('knows an empty plan', () => {
    expect(isEmptyPlan({ version: 1, keyStore: {} })).toBe(true);
    expect(isEmptyPlan({ version: 1, region: 'eu-west-1' })).toBe(false);
  });
});

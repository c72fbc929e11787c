import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedPlace, damaged, hostileJson } from './hostile-inputs';

describe('changedPlace', () => {
  it("finds a value that is not one of the source's own, at any depth", () => {
    const source = JSON.parse('{"keyStore":{"__proto__":{"CustomKeyStoreName":"x"}}}') as object;
    expect(changedPlace({ keyStore: { CustomKeyStoreName: 'x' } }, source)).toBe(
      '/keyStore/CustomKeyStoreName',
    );
    expect(changedPlace({ list: ['a', 'c'] }, { list: ['a', 'b'] })).toBe('/list/1');
    expect(changedPlace({ list: ['a'], n: 0 }, { list: ['a', 'b'], n: -0 })).toBeUndefined();
  });
});

describe('hostile inputs', () => {
  it('damage a text into something else, and graft valid JSON', () => {
    const seed = { version: 1, keyStore: { CustomKeyStoreName: 'a' } };
    for (const text of fc.sample(damaged(JSON.stringify(seed)), { numRuns: 50, seed: 1 })) {
      expect(text).not.toBe(JSON.stringify(seed));
    }
    const grafted = fc.sample(hostileJson([seed], { largestString: 2_000 }), {
      numRuns: 500,
      seed: 1,
    });
    expect(grafted.some((text) => text.includes('"__proto__":'))).toBe(true);
    const deep = (text: string) =>
      text.includes('['.repeat(3_000)) || text.includes('{"a":'.repeat(3_000));
    expect(grafted.some(deep)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { formatCount } from './format-count';

describe('formatCount', () => {
  it('writes whole numbers as toLocaleString("en") does', () => {
    const values = [0, 7, 999, 1000, 12_345, 50_000, 999_999, 1_000_000, 123_456_789, -1234, -999];
    for (const value of values) expect(formatCount(value)).toBe(value.toLocaleString('en'));
  });

  it('rounds a fraction to the nearest whole number first', () => {
    expect(formatCount(1234.5)).toBe('1,235');
    expect(formatCount(999.4)).toBe('999');
  });
});

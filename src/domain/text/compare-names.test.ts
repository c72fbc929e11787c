import { describe, expect, it } from 'vitest';
import { cities } from '@/domain/aws/region-locations';
import { awsRegions } from '@/domain/aws/regions';
import { compareCodeUnits, compareNames } from './compare-names';

const sortedByLocale = (names: readonly string[]) => [...names].sort((a, b) => a.localeCompare(b));

describe('compareNames', () => {
  it.each([
    ['AWS Region names', awsRegions.map((region) => region.name)],
    ['city names', cities.map((city) => city.name)],
  ])('orders the %s as localeCompare does', (_, names) => {
    expect([...names].sort(compareNames)).toEqual(sortedByLocale(names));
  });

  it('sets case and accents aside, unlike the code units', () => {
    const names = ['Seoul', 'São Paulo', 'santiago', 'Sydney', 'AWS GovCloud', 'Africa'];
    expect([...names].sort(compareNames)).toEqual(sortedByLocale(names));
    expect([...names].sort(compareCodeUnits)).not.toEqual(sortedByLocale(names));
  });

  it('tells apart names equal but for case or accents, always the same way', () => {
    expect(compareNames('Sao Paulo', 'São Paulo')).toBe(-compareNames('São Paulo', 'Sao Paulo'));
    expect(compareNames('Sao Paulo', 'São Paulo')).not.toBe(0);
    expect(compareNames('Oslo', 'Oslo')).toBe(0);
  });
});

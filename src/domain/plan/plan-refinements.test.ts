import { describe, expect, it } from 'vitest';
import { refinements } from './plan-refinements';

/** The day as Date.parse reads it, the way the refinement read it before it did arithmetic. */
function dateSaysItExists(day: string): boolean {
  const time = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(day);
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

describe('the date refinements', () => {
  it('accept exactly the days Date.parse accepts, leap years included', () => {
    for (const year of [0, 4, 100, 400, 1900, 1999, 2000, 2024, 2026, 2027, 2100, 2400, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(refinements.dayExists(text), text).toBe(dateSaysItExists(text));
          expect(refinements.instantExists(`${text}T10:00:00Z`), text).toBe(dateSaysItExists(text));
        }
      }
    }
  });

  it('leave text the date pattern refuses to the pattern', () => {
    expect(refinements.dayExists('2026-2-30')).toBe(true);
    expect(refinements.instantExists('not a date')).toBe(true);
  });
});

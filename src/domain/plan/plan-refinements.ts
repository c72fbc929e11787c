/**
 * The plan schema's refinements: what a pattern cannot say about a date. Apart from the schema
 * (plan-schema.ts) so that the compiled parser, which reads the schema's description instead of
 * zod (schema-description.ts), runs the same functions.
 */

/**
 * Whether the YYYY-MM-DD at the start of a text names a day that exists (not 2027-02-30), in the
 * proleptic Gregorian calendar that Date.parse reads. Arithmetic, not a Date: the compiled parser
 * asks it for every date of every plan it reads.
 */
const dayExists = (text: string) => {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  if (month !== 2) return day <= daysInMonth[month - 1]!;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (leap ? 29 : 28);
};

const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export const calendarDatePattern = /^\d{4}-\d{2}-\d{2}$/;

export const instantPattern =
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * Each refinement passes text its pattern refuses, so that a value gets one message (the
 * pattern's) and never both.
 */
export const refinements = {
  dayExists: (text: string) => !calendarDatePattern.test(text) || dayExists(text),
  instantExists: (text: string) =>
    !instantPattern.test(text) || (dayExists(text) && !Number.isNaN(Date.parse(text))),
} as const;

export type RefinementName = keyof typeof refinements;

/**
 * The plan schema's refinements: what a pattern cannot say about a date. Apart from the schema
 * (plan-schema.ts) so that the compiled parser, which reads the schema's description instead of
 * zod (schema-description.ts), runs the same functions.
 */

/** Whether the YYYY-MM-DD at the start of a text names a day that exists (not 2027-02-30). */
const dayExists = (text: string) => {
  const day = text.slice(0, 10);
  const time = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(day);
};

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

/**
 * The plan file format's version. Apart from the schema (plan-schema.ts), so that what only
 * compares versions does not load zod.
 */
export const planVersion = 1;

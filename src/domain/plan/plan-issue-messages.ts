import type { z } from 'zod';
import { formatCount } from '../text/format-count';

const kinds: Readonly<Record<string, string>> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'yes or no (true or false)',
  array: 'a list',
  object: 'a group of fields (a JSON object)',
};

/** How a value of the wrong kind is named back to the user: short text as written, else its kind. */
function written(input: unknown): string {
  if (typeof input === 'string') return input.length <= 40 ? `“${input}”` : 'text';
  if (typeof input === 'number') return String(input);
  if (Array.isArray(input)) return 'a list';
  if (input === null) return 'null';
  return typeof input === 'object' ? 'a JSON object' : typeof input;
}

const units: Readonly<Record<string, string>> = { string: 'characters', array: 'items' };

/**
 * The plan schema's messages for a value of the wrong kind or out of range, in words a person
 * reads beside a field or in the CLI's findings ("Write a number, not “12x”"), where zod's own say
 * "Invalid input: expected number, received string". A missing value and every issue a schema
 * words itself keep their messages.
 */
export const planIssueMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      const kind = kinds[issue.expected];
      if (kind === undefined || issue.input === undefined) return undefined;
      return `Write ${kind}, not ${written(issue.input)}`;
    }
    case 'too_small':
    case 'too_big': {
      const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      // The plan schema's bounds are all inclusive (min, max); any other keeps zod's message.
      if (!Number.isFinite(bound) || issue.inclusive === false) return undefined;
      const limit = issue.code === 'too_small' ? 'at least' : 'at most';
      if (issue.origin === 'number') return `Write a number ${limit} ${formatCount(bound)}`;
      const unit = units[issue.origin];
      return unit === undefined ? undefined : `Write ${limit} ${formatCount(bound)} ${unit}`;
    }
    default:
      return undefined;
  }
};

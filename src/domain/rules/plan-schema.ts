import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { formatCount } from '../text/format-count';

/**
 * Reports what the plan schema itself rejects (wrong types, unknown fields, values outside a
 * field's range), like cfn-lint's E0000. The rest of the plan is still checked without those values.
 */
export default defineRule<Plan, 'invalid-value' | 'unknown-field' | 'more-problems'>({
  id: 'plan-schema',
  target: 'plan',
  severity: 'error',
  title: 'The plan file follows the plan format',
  description:
    'Every field of a plan has a type and, for closed sets, a list of allowed values (public/plan.schema.json). A value of the wrong type or an unknown field cannot be checked, so it is reported and left out; the rest of the plan is still checked.',
  messages: {
    'invalid-value': {
      message: 'This value does not fit the plan format. {{problem}}.',
      fix: 'Correct the value or remove it; public/plan.schema.json describes every field.',
    },
    'unknown-field': {
      message: 'The plan format has no field "{{field}}"; it was ignored.',
      fix: 'Check the spelling against public/plan.schema.json, or remove the field.',
    },
    'more-problems': {
      message:
        'And {{count}} more values that do not fit the plan format (unknown fields or wrong values), not listed one by one; they were ignored.',
      fix: 'Correct the problems listed, then check the plan again; public/plan.schema.json describes every field.',
    },
  },
  reads: [''],
  appliesTo: 'all',
  sources: ['https://json-schema.org/draft/2020-12/json-schema-core'],
  facts: [],
  check(_plan, { document, report }) {
    for (const issue of document.schemaIssues) {
      if (issue.unknownField !== undefined) {
        report({
          messageId: 'unknown-field',
          path: issue.path,
          data: { field: issue.unknownField },
        });
      } else {
        report({ messageId: 'invalid-value', path: issue.path, data: { problem: issue.message } });
      }
    }
    const unlisted = document.unlistedSchemaIssues ?? 0;
    if (unlisted > 0) {
      report({
        messageId: 'more-problems',
        path: [],
        data: { count: formatCount(unlisted) },
      });
    }
  },
});

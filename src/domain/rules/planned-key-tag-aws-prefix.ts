import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference } from './support/sources';

const reservedPrefix = 'aws:';

export default defineRule<Plan, 'reserved-prefix'>({
  id: 'planned-key-tag-aws-prefix',
  target: 'plan',
  severity: 'error',
  title: 'No planned tag key begins with aws:',
  description:
    'AWS reserves the tag key prefix aws: for its own tags: TagResource and CreateKey refuse a user tag whose key begins with it (in any letter case), so the key creation fails.',
  messages: {
    'reserved-prefix': {
      message:
        'Tag {{tagNumber}} of key {{keyNumber}} has the key "{{tagKey}}", which begins with aws:, a prefix AWS reserves for its own tags; CreateKey refuses it.',
      fix: 'Rename the tag key without the aws: prefix, e.g. "{{suggestion}}".',
    },
  },
  reads: ['/keys/*/Tags/*/TagKey'],
  appliesTo: 'all',
  sources: [
    apiReference('API_TagResource.html'),
    apiReference('API_CreateKey.html'),
    'https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html',
  ],
  facts: ['API-TAG-RULES'],
  check(plan, { report }) {
    plan.keys?.forEach((key, keyIndex) => {
      key.Tags?.forEach((tag, tagIndex) => {
        const tagKey = tag.TagKey;
        if (!tagKey.toLowerCase().startsWith(reservedPrefix)) return;
        report({
          messageId: 'reserved-prefix',
          path: ['keys', keyIndex, 'Tags', tagIndex, 'TagKey'],
          data: {
            tagKey,
            keyNumber: keyIndex + 1,
            tagNumber: tagIndex + 1,
            suggestion: tagKey.slice(reservedPrefix.length) || 'owner',
          },
        });
      });
    });
  },
});

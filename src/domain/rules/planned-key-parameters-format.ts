import { checkKmsString, describeShapeViolation, kmsStringShapes } from '../aws/kms-api-formats';
import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference } from './support/sources';

const aliasPrefix = 'alias/';
/** AWS reserves alias/aws/ for AWS managed keys; CreateAlias refuses it. */
const reservedAliasPrefix = 'alias/aws/';

/**
 * The CreateKey and CreateAlias parameters of each planned key other than XksKeyId (which has its
 * own rule): the values the API would refuse when the keys are created.
 */
export default defineRule<
  Plan,
  | 'description-format'
  | 'alias-format'
  | 'alias-prefix'
  | 'alias-reserved'
  | 'tag-format'
  | 'tag-duplicate'
>({
  id: 'planned-key-parameters-format',
  target: 'plan',
  severity: 'error',
  title: 'Each key’s description, alias and tags have the formats KMS accepts',
  description:
    'After the store is connected, each planned key is created with CreateKey (description, tags) and named with CreateAlias. The KMS API refuses a description over 8192 characters, an alias that does not start with alias/ or uses other characters than letters, digits, "/", "_", "-" and ":", an alias under alias/aws/, empty or over-long tag keys and values, and the same tag key twice.',
  messages: {
    'description-format': {
      message: 'The description of key {{keyNumber}} {{problem}}.',
      fix: 'Shorten the description to at most 8192 characters.',
    },
    'alias-format': {
      message: 'The alias of key {{keyNumber}} {{problem}}.',
      fix: 'Use alias/ followed by letters, digits, "/", "_", "-" or ":", at most 256 characters in all, e.g. alias/finance-ledger.',
    },
    'alias-prefix': {
      message:
        'The alias "{{alias}}" of key {{keyNumber}} does not start with alias/, which CreateAlias requires.',
      fix: 'Write the alias as alias/{{alias}}.',
    },
    'alias-reserved': {
      message:
        'The alias "{{alias}}" of key {{keyNumber}} starts with alias/aws/, which AWS reserves for AWS managed keys.',
      fix: 'Choose an alias outside alias/aws/, e.g. alias/{{suggestion}}.',
    },
    'tag-format': {
      message: 'The tag {{part}} of tag {{tagNumber}} of key {{keyNumber}} {{problem}}.',
      fix: 'Tag keys have 1 to 128 characters and tag values at most 256.',
    },
    'tag-duplicate': {
      message:
        'Key {{keyNumber}} has the tag key "{{tagKey}}" more than once; CreateKey refuses duplicate tag keys.',
      fix: 'Keep one tag per key name.',
    },
  },
  reads: [
    '/keys/*/Description',
    '/keys/*/AliasName',
    '/keys/*/Tags/*/TagKey',
    '/keys/*/Tags/*/TagValue',
  ],
  appliesTo: 'all',
  sources: [
    apiReference('API_CreateKey.html'),
    apiReference('API_CreateAlias.html'),
    apiReference('API_Tag.html'),
  ],
  facts: ['API-TAG-RULES'],
  check(plan, { report }) {
    plan.keys?.forEach((key, index) => {
      const keyNumber = index + 1;
      if (key.Description !== undefined) {
        const violation = checkKmsString(kmsStringShapes.DescriptionType, key.Description);
        if (violation) {
          report({
            messageId: 'description-format',
            path: ['keys', index, 'Description'],
            data: { keyNumber, problem: describeShapeViolation(violation) },
          });
        }
      }
      const alias = key.AliasName;
      if (alias !== undefined) {
        const path = ['keys', index, 'AliasName'];
        const violation = checkKmsString(kmsStringShapes.AliasNameType, alias);
        if (violation) {
          const problem =
            violation.kind === 'pattern'
              ? 'contains characters other than letters, digits, "/", "_", "-" and ":"'
              : describeShapeViolation(violation);
          report({ messageId: 'alias-format', path, data: { keyNumber, problem } });
        } else if (!alias.startsWith(aliasPrefix)) {
          report({ messageId: 'alias-prefix', path, data: { keyNumber, alias } });
        } else if (alias.startsWith(reservedAliasPrefix)) {
          const suggestion = alias.slice(reservedAliasPrefix.length) || 'my-key';
          report({ messageId: 'alias-reserved', path, data: { keyNumber, alias, suggestion } });
        }
      }
      const seenTagKeys = new Set<string>();
      key.Tags?.forEach((tag, tagIndex) => {
        const tagNumber = tagIndex + 1;
        const parts = [
          ['key', 'TagKey', kmsStringShapes.TagKeyType, tag.TagKey],
          ['value', 'TagValue', kmsStringShapes.TagValueType, tag.TagValue],
        ] as const;
        for (const [part, field, shape, value] of parts) {
          const violation = checkKmsString(shape, value);
          if (violation) {
            report({
              messageId: 'tag-format',
              path: ['keys', index, 'Tags', tagIndex, field],
              data: { part, tagNumber, keyNumber, problem: describeShapeViolation(violation) },
            });
          }
        }
        if (seenTagKeys.has(tag.TagKey)) {
          report({
            messageId: 'tag-duplicate',
            path: ['keys', index, 'Tags', tagIndex, 'TagKey'],
            data: { keyNumber, tagKey: tag.TagKey },
          });
        }
        seenTagKeys.add(tag.TagKey);
      });
    });
  },
});

import { checkKmsString, describeShapeViolation, kmsStringShapes } from '../aws/kms-api-formats';
import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference, proxyApiSpec } from './support/sources';

export default defineRule<Plan, 'api-format'>({
  id: 'xks-key-id-format',
  target: 'plan',
  severity: 'error',
  title: 'Each XksKeyId has the format CreateKey accepts',
  description:
    'XksKeyId is the ID the proxy uses for the external key behind a KMS key. CreateKey accepts 1 to 128 letters, digits, hyphens, underscores and dots; anything else, such as spaces or slashes, is refused.',
  messages: {
    'api-format': {
      message: 'The XksKeyId "{{keyId}}" of key {{keyNumber}} {{problem}}.',
      fix: 'Use the ID your external key manager or proxy gives the key, made only of letters, digits, "-", "_" and "." (at most 128 characters).',
    },
  },
  reads: ['/keys/*/XksKeyId'],
  appliesTo: 'all',
  sources: [
    apiReference('API_CreateKey.html'),
    apiReference('API_XksKeyConfigurationType.html'),
    proxyApiSpec,
  ],
  facts: ['XKS-KEYID-FORMAT'],
  check(plan, { report }) {
    plan.keys?.forEach((key, index) => {
      if (key.XksKeyId === undefined) return;
      const violation = checkKmsString(kmsStringShapes.XksKeyIdType, key.XksKeyId);
      if (!violation) return;
      // Say which characters are allowed rather than quoting the API's regular expression.
      report({
        messageId: 'api-format',
        path: ['keys', index, 'XksKeyId'],
        data: {
          keyId: key.XksKeyId,
          keyNumber: index + 1,
          problem:
            violation.kind === 'pattern'
              ? 'contains characters other than letters, digits, "-", "_" and "."'
              : describeShapeViolation(violation),
        },
      });
    });
  },
});

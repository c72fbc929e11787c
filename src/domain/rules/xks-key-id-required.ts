import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference, guide } from './support/sources';

export default defineRule<Plan, 'missing'>({
  id: 'xks-key-id-required',
  target: 'plan',
  severity: 'error',
  title: 'Every planned key names its external key',
  description:
    'CreateKey needs an XksKeyId for every KMS key in an external key store: it names the existing AES-256 key in the external key manager that backs the KMS key. Without it KMS refuses to create the key.',
  messages: {
    missing: {
      message:
        'Key {{keyNumber}} has no XksKeyId, so KMS does not know which external key backs it and refuses to create it.',
      fix: 'Create the 256-bit AES key in the external key manager first, then enter the ID the proxy uses for it as XksKeyId.',
    },
  },
  reads: ['/keys/*/XksKeyId'],
  appliesTo: 'all',
  sources: [apiReference('API_CreateKey.html'), guide('create-xks-keys.html#xks-key-requirements')],
  facts: ['XKS-KEYID-FORMAT'],
  check(plan, { report }) {
    plan.keys?.forEach((key, index) => {
      if (key.XksKeyId === undefined) {
        report({
          messageId: 'missing',
          path: ['keys', index, 'XksKeyId'],
          data: { keyNumber: index + 1 },
        });
      }
    });
  },
});

import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference, guide } from './support/sources';

export default defineRule<Plan, 'duplicate'>({
  id: 'xks-key-id-unique',
  target: 'plan',
  severity: 'error',
  title: 'Each planned key uses a different external key',
  description:
    'Within one external key store every KMS key must be backed by a different external key. CreateKey with an XksKeyId that another KMS key in the store already uses fails with XksKeyAlreadyInUseException.',
  messages: {
    duplicate: {
      message:
        'Key {{keyNumber}} uses the XksKeyId "{{keyId}}", which key {{firstKeyNumber}} already uses; KMS refuses the second key (XksKeyAlreadyInUseException).',
      fix: 'Create a separate external key in the key manager for this KMS key and use its ID, or drop the duplicate key from the plan.',
    },
  },
  reads: ['/keys/*/XksKeyId'],
  appliesTo: 'all',
  sources: [
    apiReference('API_CreateKey.html'),
    guide('xks-troubleshooting.html#fix-external-key-create'),
  ],
  facts: ['XKS-KEYID-UNIQUE'],
  check(plan, { report }) {
    const firstIndexById = new Map<string, number>();
    plan.keys?.forEach((key, index) => {
      const keyId = key.XksKeyId;
      if (keyId === undefined) return;
      const firstIndex = firstIndexById.get(keyId);
      if (firstIndex === undefined) {
        firstIndexById.set(keyId, index);
        return;
      }
      report({
        messageId: 'duplicate',
        path: ['keys', index, 'XksKeyId'],
        data: { keyId, keyNumber: index + 1, firstKeyNumber: firstIndex + 1 },
      });
    });
  },
});

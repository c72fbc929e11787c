import { defineRule } from '../engine/define-rule';
import { toPointer } from '../engine/json-pointer';
import type { Plan } from '../plan/plan-schema';
import { plannedKeyLabel } from './support/scope-planned-keys';
import { apiReference, guide } from './support/sources';

export default defineRule<Plan, 'rotation-planned'>({
  id: 'key-rotation-not-available',
  target: 'plan',
  severity: 'error',
  title: 'No automatic rotation for keys in the store',
  description:
    'KMS cannot rotate keys in an external key store: EnableKeyRotation and RotateKeyOnDemand are refused, because the key material lives in the external key manager. Rotation means creating a new KMS key backed by a new external key.',
  messages: {
    'rotation-planned': {
      message:
        'Key {{key}} plans automatic rotation, which KMS does not offer for keys in an external key store (EnableKeyRotation fails).',
      fix: 'Turn off {{rotation}}. To rotate, create a new KMS key with a new external key, point the alias at it, and keep the old key for decrypting old data.',
    },
  },
  // XksKeyId and AliasName name the key in messages.
  reads: ['/keys/*/automaticRotation', '/keys/*/XksKeyId', '/keys/*/AliasName'],
  appliesTo: 'all',
  sources: [
    guide('keystore-external.html'),
    apiReference('API_EnableKeyRotation.html'),
    apiReference('API_RotateKeyOnDemand.html'),
  ],
  facts: ['XKS-UNSUPPORTED-FEATURES'],
  check(plan, { report }) {
    plan.keys?.forEach((key, index) => {
      if (key.automaticRotation !== true) return;
      const path = ['keys', index, 'automaticRotation'];
      report({
        messageId: 'rotation-planned',
        path,
        data: { key: plannedKeyLabel(key, index), rotation: { field: toPointer(path) } },
      });
    });
  },
});

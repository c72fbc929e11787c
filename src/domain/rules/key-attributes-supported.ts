import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { plannedKeyLabel } from './support/scope-planned-keys';
import { apiReference, guide } from './support/sources';

export default defineRule<Plan, 'key-spec' | 'key-usage' | 'origin' | 'multi-region'>({
  id: 'key-attributes-supported',
  target: 'plan',
  severity: 'error',
  title: 'Each key is a single-Region symmetric encryption key backed by the store',
  description:
    'A KMS key in an external key store can only be a symmetric encryption key (KeySpec SYMMETRIC_DEFAULT, KeyUsage ENCRYPT_DECRYPT) whose key material stays in the external key manager (Origin EXTERNAL_KEY_STORE), and only single-Region. CreateKey refuses anything else, and none of these attributes can be changed later.',
  messages: {
    'key-spec': {
      message:
        'Key {{key}} has KeySpec {{value}}; asymmetric, HMAC and other non-symmetric keys are not available in an external key store.',
      fix: 'Use KeySpec SYMMETRIC_DEFAULT (or leave it out), and create keys of other types outside the external key store.',
    },
    'key-usage': {
      message:
        'Key {{key}} has KeyUsage {{value}}; keys in an external key store can only encrypt and decrypt.',
      fix: 'Use KeyUsage ENCRYPT_DECRYPT (or leave it out).',
    },
    origin: {
      message:
        'Key {{key}} has Origin {{value}}; a key in an external key store must use the key material of its external key, which is Origin EXTERNAL_KEY_STORE (imported or KMS-generated material is not available).',
      fix: 'Set Origin to EXTERNAL_KEY_STORE.',
    },
    'multi-region': {
      message:
        'Key {{key}} is planned as a multi-Region key; keys in an external key store are single-Region only.',
      fix: 'Set MultiRegion to false, and plan a separate external key store and key in each Region that needs one.',
    },
  },
  // XksKeyId and AliasName name the key in messages.
  reads: [
    '/keys/*/KeySpec',
    '/keys/*/KeyUsage',
    '/keys/*/Origin',
    '/keys/*/MultiRegion',
    '/keys/*/XksKeyId',
    '/keys/*/AliasName',
  ],
  appliesTo: 'all',
  sources: [
    guide('create-xks-keys.html#xks-key-requirements'),
    apiReference('API_CreateKey.html'),
    guide('keystore-external.html'),
  ],
  facts: ['XKS-KEY-SPEC-SYMMETRIC-ONLY', 'XKS-UNSUPPORTED-FEATURES'],
  check(plan, { report }) {
    plan.keys?.forEach((key, index) => {
      const at = (field: string) => ['keys', index, field];
      const data = (value: string) => ({ key: plannedKeyLabel(key, index), value });
      if (key.KeySpec !== undefined && key.KeySpec !== 'SYMMETRIC_DEFAULT')
        report({ messageId: 'key-spec', path: at('KeySpec'), data: data(key.KeySpec) });
      if (key.KeyUsage !== undefined && key.KeyUsage !== 'ENCRYPT_DECRYPT')
        report({ messageId: 'key-usage', path: at('KeyUsage'), data: data(key.KeyUsage) });
      if (key.Origin !== undefined && key.Origin !== 'EXTERNAL_KEY_STORE')
        report({ messageId: 'origin', path: at('Origin'), data: data(key.Origin) });
      if (key.MultiRegion === true)
        report({ messageId: 'multi-region', path: at('MultiRegion'), data: data('true') });
    });
  },
});

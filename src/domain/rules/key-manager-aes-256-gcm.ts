import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide, proxyApiSpec } from './support/sources';

const path = ['externalKeyManager', 'supportsAes256Gcm'];

export default defineRule<Plan, 'not-supported'>({
  id: 'key-manager-aes-256-gcm',
  target: 'plan',
  severity: 'error',
  title: 'The key manager does AES-256-GCM',
  description:
    'Every external key is a 256-bit AES key, and the proxy API (version 1) encrypts and decrypts with AES-GCM only. A key manager that cannot hold such keys or run AES-GCM cannot back an external key store.',
  messages: {
    'not-supported': {
      message:
        'The external key manager is marked as not supporting 256-bit AES keys with AES-GCM, the only keys and algorithm the XKS proxy API uses.',
      fix: 'Choose (or configure) a key manager that holds AES-256 keys and performs AES-GCM encryption and decryption, e.g. an HSM whose vendor offers an XKS proxy.',
    },
  },
  reads: ['/externalKeyManager/supportsAes256Gcm'],
  requires: ['/externalKeyManager/supportsAes256Gcm'],
  appliesTo: 'all',
  sources: [guide('keystore-external.html#concept-ekm'), proxyApiSpec],
  facts: ['XKS-EKM-AES256-GCM'],
  check(plan, { report }) {
    if (plan.externalKeyManager?.supportsAes256Gcm === false)
      report({ messageId: 'not-supported', path });
  },
});

import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './key-manager-aes-256-gcm';

const ready = findExample('public-endpoint-ready')!.document;
const support = (supportsAes256Gcm: boolean | undefined) =>
  withPlan(ready, { externalKeyManager: { supportsAes256Gcm } });

testRule(rule, {
  valid: [{ name: 'AES-256-GCM supported', document: ready }],
  invalid: [
    {
      name: 'no AES-256-GCM',
      document: support(false),
      errors: [{ messageId: 'not-supported', path: '/externalKeyManager/supportsAes256Gcm' }],
    },
  ],
  unknown: [
    {
      name: 'not stated yet',
      document: support(undefined),
      missing: ['/externalKeyManager/supportsAes256Gcm'],
    },
  ],
});

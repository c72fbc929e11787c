import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide } from './support/sources';

export default defineRule<Plan, 'no-backups'>({
  id: 'external-key-backups',
  target: 'plan',
  severity: 'warning',
  title: 'The external keys are backed up',
  description:
    'KMS cannot decrypt anything under a KMS key in an external key store without its external key. If the external key is lost or deleted, all data encrypted under the KMS key is lost for good, so the key manager must keep backups it can restore.',
  messages: {
    'no-backups': {
      message:
        'The plan says the external key manager keeps no backups ({{/externalKeyManager/backups}}); losing an external key makes everything encrypted under its KMS key unrecoverable.',
      fix: 'Set up backups of the key material in the external key manager (or a cluster that replicates it) and test a restore before you encrypt data.',
    },
  },
  reads: ['/externalKeyManager/backups'],
  requires: ['/externalKeyManager/backups'],
  appliesTo: 'all',
  sources: [guide('keystore-external.html#concept-external-key')],
  facts: ['XKS-EXTKEY-LOSS'],
  check(plan, { report }) {
    if (plan.externalKeyManager?.backups === false) {
      report({ messageId: 'no-backups', path: ['externalKeyManager', 'backups'] });
    }
  },
});

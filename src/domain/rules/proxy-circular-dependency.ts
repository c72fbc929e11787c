import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide } from './support/sources';

const path = ['proxy', 'dependsOnKeysInThisStore'];

export default defineRule<Plan, 'depends-on-own-keys'>({
  id: 'proxy-circular-dependency',
  target: 'plan',
  severity: 'warning',
  title: 'The proxy does not depend on keys in its own store',
  description:
    'Every use of a key in the store goes through the proxy. If the proxy, or anything it needs to start or run (disks, secrets, configuration), is encrypted under a KMS key in the same store, an outage of the proxy locks itself out and cannot recover without outside help.',
  messages: {
    'depends-on-own-keys': {
      message:
        'The proxy (or something it needs) is encrypted under a KMS key in this external key store, so once the proxy is down nothing can decrypt what it needs to come back up.',
      fix: 'Encrypt the proxy, its disks, secrets and configuration with keys outside this key store (e.g. an AWS managed or a standard customer managed KMS key).',
    },
  },
  reads: ['/proxy/dependsOnKeysInThisStore'],
  requires: ['/proxy/dependsOnKeysInThisStore'],
  appliesTo: 'all',
  sources: [guide('create-xks-keystore.html')],
  facts: ['XKS-CIRCULAR-DEPENDENCY'],
  check(plan, { report }) {
    if (plan.proxy?.dependsOnKeysInThisStore === true)
      report({ messageId: 'depends-on-own-keys', path });
  },
});

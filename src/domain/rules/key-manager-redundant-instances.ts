import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide } from './support/sources';

export default defineRule<Plan, 'single-instance' | 'keys-not-shared'>({
  id: 'key-manager-redundant-instances',
  target: 'plan',
  severity: 'warning',
  title: 'At least two key manager instances share the keys',
  description:
    'When the external key manager is unavailable, every KMS key in the store is unusable. AWS recommends at least two related instances that share the same keys, such as an HSM cluster, so that one can fail without an outage.',
  messages: {
    'single-instance': {
      message:
        'Only one external key manager instance is planned; if it fails or is under maintenance, no KMS key in the store can encrypt or decrypt.',
      fix: 'Add at least a second instance (in a separate location) that holds the same keys, e.g. as a cluster member.',
    },
    'keys-not-shared': {
      message:
        'The {{count}} external key manager instances are marked as not sharing their keys, so none can stand in for another: the keys of a failed instance are unusable.',
      fix: 'Cluster the instances (or replicate the keys) so every instance holds every external key, and say so in {{/externalKeyManager/sharesKeyMaterial}}.',
    },
  },
  reads: ['/externalKeyManager/instances', '/externalKeyManager/sharesKeyMaterial'],
  requires: ['/externalKeyManager/instances'],
  appliesTo: 'all',
  sources: [guide('create-xks-keystore.html#xks-requirements')],
  facts: ['XKS-EKM-COUNT'],
  check(plan, { report, unknown }) {
    const manager = plan.externalKeyManager;
    const count = manager?.instances?.length ?? 0;
    const sharingPath = ['externalKeyManager', 'sharesKeyMaterial'];
    // An empty list names no instance: as unknown as no list.
    if (count === 0) unknown([['externalKeyManager', 'instances']]);
    else if (count === 1)
      report({ messageId: 'single-instance', path: ['externalKeyManager', 'instances'] });
    else if (manager?.sharesKeyMaterial === undefined) unknown([sharingPath]);
    else if (!manager.sharesKeyMaterial)
      report({ messageId: 'keys-not-shared', path: sharingPath, data: { count } });
  },
});

import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide, proxyApiSpec } from './support/sources';

/** The old and the new credential, side by side while KMS switches. */
const credentialsNeededForRotation = 2;

export default defineRule<Plan, 'too-few'>({
  id: 'proxy-accepts-two-credentials',
  target: 'plan',
  severity: 'warning',
  title: 'The proxy accepts two credentials at once, for rotation',
  description:
    'Rotating the proxy credential means adding the new one on the proxy, giving it to KMS with UpdateCustomKeyStore, and removing the old one once every KMS host uses the new one (up to 5 minutes). A proxy that accepts only one credential at a time rejects requests during that switch.',
  messages: {
    'too-few': {
      message:
        'The plan says the proxy accepts fewer than two credentials at a time for this path ({{/proxy/concurrentCredentials}}: {{count}}). During a rotation some KMS hosts still sign with the old credential for up to 5 minutes, so a proxy that cannot accept both fails requests for every key in the store.',
      fix: 'Configure the proxy to accept at least two credentials per path, as the proxy API specification recommends, or plan a maintenance window for every rotation.',
    },
  },
  reads: ['/proxy/concurrentCredentials'],
  requires: ['/proxy/concurrentCredentials'],
  appliesTo: 'all',
  sources: [
    proxyApiSpec,
    guide('keystore-external.html#concept-xks-credential'),
    guide('update-xks-keystore.html'),
  ],
  facts: ['XKS-CRED-ROTATION'],
  check(plan, { report }) {
    const count = plan.proxy?.concurrentCredentials;
    if (count === undefined || count >= credentialsNeededForRotation) return;
    report({ messageId: 'too-few', path: ['proxy', 'concurrentCredentials'], data: { count } });
  },
});

import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference, guide } from './support/sources';

/** The secret never belongs in a plan: plans are shared, committed and put in links. */
export default defineRule<Plan, 'secret-present'>({
  id: 'no-secret-in-plan',
  target: 'plan',
  severity: 'error',
  title: 'The plan holds no proxy secret access key',
  description:
    'KMS signs every proxy request with the XKS proxy authentication credential; whoever holds its secret access key can call the proxy as KMS. Plans are shared as files and links, so the secret must stay in the proxy and in a secret store, never in the plan. The value is never shown.',
  messages: {
    'secret-present': {
      message:
        'The plan contains a RawSecretAccessKey. It was left out of the check and is never shown or exported.',
      fix: 'Delete RawSecretAccessKey from the file and treat the secret as exposed: generate a new credential, set it on the proxy, then give it to KMS with UpdateCustomKeyStore.',
    },
  },
  reads: [''],
  appliesTo: 'all',
  sources: [
    apiReference('API_XksProxyAuthenticationCredentialType.html'),
    guide('keystore-external.html#concept-xks-credential'),
  ],
  facts: ['XKS-CRED-SECRET'],
  check(_plan, { document, report }) {
    for (const path of document.secretPaths) report({ messageId: 'secret-present', path });
  },
});

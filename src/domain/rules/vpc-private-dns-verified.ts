import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide } from './support/sources';

const path = ['endpointService', 'domainVerificationState'];

export default defineRule<Plan, 'pending' | 'failed'>({
  id: 'vpc-private-dns-verified',
  target: 'plan',
  severity: 'error',
  title: 'The private DNS name of the endpoint service is verified',
  description:
    'KMS checks that the private DNS name of the endpoint service is verified before it creates the store and again each time it connects; until PrivateLink reports the domain as verified, the store cannot be created or connected.',
  messages: {
    pending: {
      message:
        '{{/endpointService/domainVerificationState}} is pending; KMS refuses the endpoint service until the private DNS name is verified.',
      fix: 'Make sure the TXT record PrivateLink asks for exists in public DNS, run "Verify domain ownership for private DNS name", and wait for the state Verified before creating the key store.',
    },
    failed: {
      message:
        '{{/endpointService/domainVerificationState}} is failed; PrivateLink could not find the verification TXT record, so KMS refuses the endpoint service.',
      fix: 'Create the TXT record with the domain verification name and value the endpoint service shows, in the public DNS zone of the domain, then verify again.',
    },
  },
  reads: ['/endpointService/domainVerificationState'],
  requires: ['/endpointService/domainVerificationState'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [
    guide('vpc-connectivity.html'),
    guide('xks-troubleshooting.html'),
    guide('about-xks-connecting.html'),
  ],
  facts: [
    'VPC-DOMAIN-VERIFIED',
    'API-EXC-VPCE-INVALID',
    'CEC-XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION',
  ],
  check(plan, { report }) {
    const state = plan.endpointService?.domainVerificationState;
    if (state === 'pendingVerification') report({ messageId: 'pending', path });
    else if (state === 'failed') report({ messageId: 'failed', path });
  },
});

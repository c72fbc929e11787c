import { findRegion, supportsExternalKeyStores } from '../aws/regions';
import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide } from './support/sources';

const path = ['region'];

export default defineRule<Plan, 'unknown' | 'not-supported'>({
  id: 'region-supports-external-key-stores',
  target: 'plan',
  severity: 'error',
  title: 'The Region is known and offers external key stores',
  description:
    'An external key store lives in one AWS Region, and the Region decides which KMS endpoint, service principal and certificate names apply. External key stores are offered in every Region where AWS KMS runs except China (Beijing) and China (Ningxia).',
  messages: {
    unknown: {
      message: 'region "{{region}}" is not the code of an AWS Region where AWS KMS runs.',
      fix: 'Use a Region code such as eu-west-1 or us-east-1 (lower case, as in the AWS Regions table).',
    },
    'not-supported': {
      message:
        'External key stores are not available in {{name}} ({{region}}); AWS KMS refuses to create one there.',
      fix: 'Plan the key store in a Region that offers external key stores (every AWS KMS Region except the two China Regions).',
    },
  },
  reads: ['/region'],
  requires: ['/region'],
  appliesTo: 'all',
  sources: [guide('keystore-external.html')],
  facts: ['XKS-REGION-SUPPORTED'],
  check(plan, { report }) {
    if (plan.region === undefined) return;
    const region = findRegion(plan.region);
    if (region === undefined) report({ messageId: 'unknown', path, data: { region: plan.region } });
    else if (!supportsExternalKeyStores(region))
      report({
        messageId: 'not-supported',
        path,
        data: { region: region.code, name: region.name },
      });
  },
});

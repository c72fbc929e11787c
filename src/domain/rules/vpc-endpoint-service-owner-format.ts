import { checkKmsString, kmsStringShapes } from '../aws/kms-api-formats';
import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference, guide } from './support/sources';

const path = ['keyStore', 'XksProxyVpcEndpointServiceOwner'];

export default defineRule<Plan, 'not-account-id'>({
  id: 'vpc-endpoint-service-owner-format',
  target: 'plan',
  severity: 'error',
  title: 'The VPC endpoint service owner is a 12-digit account ID',
  description:
    'When the endpoint service belongs to another AWS account, XksProxyVpcEndpointServiceOwner names that account. KMS accepts only the 12-digit account ID, not an alias, an ARN or a number with separators.',
  messages: {
    'not-account-id': {
      message:
        'XksProxyVpcEndpointServiceOwner "{{value}}" is not a 12-digit AWS account ID, so KMS refuses the request.',
      fix: 'Write the account ID of the account that owns the endpoint service as 12 digits, e.g. 444455556666 (no dashes, no alias, no ARN).',
    },
  },
  reads: ['/keyStore/XksProxyVpcEndpointServiceOwner'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [
    apiReference('API_CreateCustomKeyStore.html'),
    apiReference('API_UpdateCustomKeyStore.html'),
    guide('create-xks-keystore.html'),
  ],
  facts: ['VPC-ACCOUNT'],
  check(plan, { report }) {
    const owner = plan.keyStore?.XksProxyVpcEndpointServiceOwner;
    if (owner === undefined) return;
    // The model's pattern is unanchored, but with the fixed length of 12 it means 12 digits.
    if (checkKmsString(kmsStringShapes.AccountIdType, owner)) {
      report({ messageId: 'not-account-id', path, data: { value: owner } });
    }
  },
});

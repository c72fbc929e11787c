import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { accountOfIamArn, allowsEveryone } from './support/vpc-allowed-principals';
import { guide } from './support/sources';

const path = ['endpointService', 'allowedPrincipals'];

export default defineRule<Plan, 'store-account-missing'>({
  id: 'vpc-endpoint-service-allows-store-account',
  target: 'plan',
  severity: 'error',
  title: 'A cross-account endpoint service also allows the key store account',
  description:
    "When the VPC endpoint service belongs to another AWS account (XksProxyVpcEndpointServiceOwner), its allow list must hold the account that owns the key store as well as the KMS service principal; otherwise KMS cannot use the service on that account's behalf.",
  messages: {
    'store-account-missing': {
      message:
        'The endpoint service is owned by account {{owner}}, but its allowed principals do not include the key store account {{account}}.',
      fix: 'In account {{owner}}, add a principal of account {{account}} to the endpoint service, e.g. arn:aws:iam::{{account}}:root or arn:aws:iam::{{account}}:role/<role-name>.',
    },
  },
  reads: [
    '/accountId',
    '/keyStore/XksProxyVpcEndpointServiceOwner',
    '/endpointService/allowedPrincipals',
  ],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [guide('vpc-connectivity.html'), guide('create-xks-keystore.html')],
  facts: ['VPC-ES-ALLOW-XKS-ACCOUNT', 'VPC-ACCOUNT'],
  check(plan, { report, unknown }) {
    const owner = plan.keyStore?.XksProxyVpcEndpointServiceOwner;
    // Without an owner, KMS takes the endpoint service to be the key store account's own.
    if (owner === undefined) return;
    const account = plan.accountId;
    const principals = plan.endpointService?.allowedPrincipals;
    if (account === undefined || principals === undefined) {
      unknown([
        ...(account === undefined ? [['accountId']] : []),
        ...(principals === undefined ? [path] : []),
      ]);
      return;
    }
    if (owner === account) return;
    if (allowsEveryone(principals)) return;
    if (!principals.some((principal) => accountOfIamArn(principal) === account)) {
      report({
        messageId: 'store-account-missing',
        path,
        relatedPaths: [['keyStore', 'XksProxyVpcEndpointServiceOwner'], ['accountId']],
        data: { owner, account },
      });
    }
  },
});

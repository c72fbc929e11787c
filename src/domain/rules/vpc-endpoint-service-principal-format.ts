import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide, privateLink } from './support/sources';

const path = ['endpointService', 'allowedPrincipals'];
const iamArn = /^arn:aws[a-z-]*:iam::([^:]*):(root|role\/.+|user\/.+)$/;
const servicePrincipal = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com$/;
const accountId = /^\d{12}$/;

export default defineRule<Plan, 'account-id' | 'bare-account' | 'not-a-principal'>({
  id: 'vpc-endpoint-service-principal-format',
  target: 'plan',
  severity: 'error',
  title: 'Each allowed principal of the endpoint service is a principal AWS accepts',
  description:
    'The allow list of an endpoint service holds principal ARNs (an account root, a role or a user, each with a 12-digit account ID), service principals such as cks.kms.<region>.amazonaws.com, or * for everyone. Anything else, such as an account ID with too few digits or an account ID without its ARN, is refused when the permissions are set, so the script or template that builds the service fails.',
  messages: {
    'account-id': {
      message:
        'The allowed principal {{principal}} names the account "{{account}}", which is not a 12-digit AWS account ID, so AWS refuses it when the endpoint service permissions are set.',
      fix: 'Write the account ID as its 12 digits, e.g. arn:aws:iam::111122223333:root (no dashes, no alias).',
    },
    'bare-account': {
      message:
        'The allowed principal {{principal}} is an account ID, not a principal ARN; the permissions of an endpoint service take ARNs.',
      fix: 'Write the account as a principal ARN, e.g. arn:aws:iam::{{principal}}:root, or a role of that account.',
    },
    'not-a-principal': {
      message:
        'The allowed principal "{{principal}}" is neither a principal ARN (arn:aws:iam::<12-digit account>:root, :role/… or :user/…), nor a service principal (…amazonaws.com), nor *; AWS refuses it when the endpoint service permissions are set.',
      fix: 'Write the principal as an IAM ARN of the account or role to allow, or as the KMS service principal cks.kms.<region>.amazonaws.com.',
    },
  },
  reads: ['/endpointService/allowedPrincipals/*'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [
    guide('vpc-connectivity.html'),
    privateLink('configure-endpoint-service.html#add-remove-permissions'),
  ],
  facts: ['VPC-ES-ALLOW-XKS-ACCOUNT', 'VPC-ACCOUNT'],
  check(plan, { report }) {
    plan.endpointService?.allowedPrincipals?.forEach((entry, index) => {
      const principal = entry.trim();
      // Blank rows are vpc-no-empty-list-rows' finding.
      if (principal === '' || principal === '*' || servicePrincipal.test(principal)) return;
      const arn = iamArn.exec(principal);
      if (arn) {
        const account = arn[1]!;
        if (!accountId.test(account)) {
          report({ messageId: 'account-id', path: [...path, index], data: { principal, account } });
        }
      } else if (/^[\d-]+$/.test(principal)) {
        report({ messageId: 'bare-account', path: [...path, index], data: { principal } });
      } else {
        report({ messageId: 'not-a-principal', path: [...path, index], data: { principal } });
      }
    });
  },
});

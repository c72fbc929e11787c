import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { kmsServicePrincipal } from './support/plan-readings';
import { allowsEveryone } from './support/vpc-allowed-principals';
import { guide } from './support/sources';

const path = ['endpointService', 'allowedPrincipals'];

export default defineRule<Plan, 'missing' | 'other-region'>({
  id: 'vpc-endpoint-service-allows-kms',
  target: 'plan',
  severity: 'error',
  title: 'The endpoint service allows the KMS service principal',
  description:
    "KMS creates an interface endpoint to your endpoint service as the service principal cks.kms.<region>.amazonaws.com. Unless that principal is on the service's allow list, KMS cannot see the service: creating the store fails with XksProxyVpcEndpointServiceNotFoundException and connecting fails with XKS_VPC_ENDPOINT_SERVICE_NOT_FOUND.",
  messages: {
    missing: {
      message:
        'The endpoint service does not allow {{principal}}, so KMS cannot find the service (XksProxyVpcEndpointServiceNotFoundException, XKS_VPC_ENDPOINT_SERVICE_NOT_FOUND).',
      fix: 'Add the principal: aws ec2 modify-vpc-endpoint-service-permissions --service-id <vpce-svc-id> --add-allowed-principals \'["{{principal}}"]\'.',
    },
    'other-region': {
      message:
        'The endpoint service allows {{found}}, the KMS principal of another Region; the key store in {{region}} connects as {{principal}}.',
      fix: 'Allow {{principal}} on the endpoint service (you may remove {{found}} unless another store needs it).',
    },
  },
  reads: ['/region', '/endpointService/allowedPrincipals'],
  requires: ['/region', '/endpointService/allowedPrincipals'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [
    guide('vpc-connectivity.html'),
    guide('authorize-xks-key-store.html#allowlist-kms-xks'),
    guide('xks-troubleshooting.html'),
  ],
  facts: [
    'VPC-ES-ALLOW-KMS',
    'API-EXC-VPCE-NOT-FOUND',
    'CEC-XKS_VPC_ENDPOINT_SERVICE_NOT_FOUND',
    'CEC-XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION',
  ],
  check(plan, { report }) {
    const region = plan.region!;
    const principal = kmsServicePrincipal(region);
    const principals = plan.endpointService!.allowedPrincipals!;
    const normalised = principals.map((entry) => entry.trim().toLowerCase());
    if (allowsEveryone(principals) || normalised.includes(principal)) return;
    const index = normalised.findIndex((entry) =>
      /^cks\.kms\.[a-z0-9-]+\.amazonaws\.com$/.test(entry),
    );
    if (index >= 0) {
      report({
        messageId: 'other-region',
        path: [...path, index],
        data: { found: principals[index]!.trim(), region, principal },
      });
    } else {
      report({ messageId: 'missing', path, data: { principal } });
    }
  },
});

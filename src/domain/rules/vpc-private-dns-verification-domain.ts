import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { normaliseDnsName } from './support/plan-readings';
import { guide, privateLink } from './support/sources';

export default defineRule<Plan, 'not-under-domain'>({
  id: 'vpc-private-dns-verification-domain',
  target: 'plan',
  severity: 'error',
  title: 'The private DNS name lies in the domain whose ownership is verified',
  description:
    'PrivateLink lets the endpoint service use a private DNS name only after you prove, with a TXT record in public DNS, that you own that name or a domain above it. A TXT record in an unrelated domain never verifies the name, so KMS rejects the service.',
  messages: {
    'not-under-domain': {
      message:
        '{{/endpointService/privateDnsName}} {{name}} is not {{domain}} or a name under it, so a TXT record in {{domain}} cannot verify it.',
      fix: 'Verify a domain that contains the private DNS name (e.g. the public domain it ends with), or choose a private DNS name under {{domain}}.',
    },
  },
  reads: ['/endpointService/privateDnsName', '/endpointService/verificationDomain'],
  requires: ['/endpointService/privateDnsName', '/endpointService/verificationDomain'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [guide('vpc-connectivity.html'), privateLink('manage-dns-names.html')],
  facts: [
    'VPC-PRIVATE-DNS-NAME',
    'VPC-DOMAIN-VERIFIED',
    'API-EXC-VPCE-INVALID',
    'CEC-XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION',
  ],
  check(plan, { report }) {
    const name = normaliseDnsName(plan.endpointService!.privateDnsName!);
    const domain = normaliseDnsName(plan.endpointService!.verificationDomain!);
    if (name !== domain && !name.endsWith(`.${domain}`)) {
      report({
        messageId: 'not-under-domain',
        path: ['endpointService', 'verificationDomain'],
        relatedPaths: [['endpointService', 'privateDnsName']],
        data: { name, domain },
      });
    }
  },
});

import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide } from './support/sources';

const path = ['keyStore', 'XksProxyVpcEndpointServiceName'];

/** The Region code inside a well-formed service name, com.amazonaws.vpce.<region>.vpce-svc-... */
function regionOfServiceName(name: string): string | undefined {
  return /^(?:com|eu)\.amazonaws\.vpce\.([a-z]+(?:-[a-z]+){1,2}-\d+)\.vpce-svc-/.exec(name)?.[1];
}

export default defineRule<Plan, 'other-region'>({
  id: 'vpc-endpoint-service-same-region',
  target: 'plan',
  severity: 'error',
  title: 'The VPC endpoint service is in the key store Region',
  description:
    'KMS connects to the endpoint service from inside the Region of the external key store, so the service (and its VPC and load balancer) must be in that same Region. A service in another Region is not found.',
  messages: {
    'other-region': {
      message:
        'XksProxyVpcEndpointServiceName names a service in {{serviceRegion}}, but the key store is planned in {{region}}; KMS looks for the service only in {{region}} and reports it as not found.',
      fix: 'Build the VPC, load balancer and endpoint service in {{region}} and use that service name, or plan the key store in {{serviceRegion}}.',
    },
  },
  reads: ['/region', '/keyStore/XksProxyVpcEndpointServiceName'],
  requires: ['/region', '/keyStore/XksProxyVpcEndpointServiceName'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [
    guide('create-xks-keystore.html'),
    guide('vpc-connectivity.html'),
    guide('xks-troubleshooting.html'),
  ],
  facts: ['VPC-SAME-REGION', 'API-EXC-VPCE-NOT-FOUND', 'CEC-XKS_VPC_ENDPOINT_SERVICE_NOT_FOUND'],
  check(plan, { report }) {
    const region = plan.region!;
    const serviceRegion = regionOfServiceName(plan.keyStore!.XksProxyVpcEndpointServiceName!);
    if (serviceRegion !== undefined && serviceRegion !== region) {
      report({
        messageId: 'other-region',
        path,
        relatedPaths: [['region']],
        data: { serviceRegion, region },
      });
    }
  },
});

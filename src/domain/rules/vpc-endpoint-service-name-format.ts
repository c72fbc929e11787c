import { checkKmsString, describeShapeViolation, kmsStringShapes } from '../aws/kms-api-formats';
import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference, guide } from './support/sources';

const path = ['keyStore', 'XksProxyVpcEndpointServiceName'];

export default defineRule<Plan, 'service-id-only' | 'api-format'>({
  id: 'vpc-endpoint-service-name-format',
  target: 'plan',
  severity: 'error',
  title: 'The VPC endpoint service name has the form KMS accepts',
  description:
    'KMS accepts XksProxyVpcEndpointServiceName only as the full service name, com.amazonaws.vpce.<region>.vpce-svc-<id> (20 to 64 characters), as the VPC console shows it under "Service name". The service ID alone or the DNS name of the service is refused.',
  messages: {
    'service-id-only': {
      message:
        'XksProxyVpcEndpointServiceName is only the service ID "{{value}}"; KMS needs the full service name.',
      fix: 'Write com.amazonaws.vpce.<region>.{{value}}, or copy "Service name" from the endpoint service details in the VPC console.',
    },
    'api-format': {
      message: 'XksProxyVpcEndpointServiceName {{problem}}.',
      fix: 'Copy "Service name" from the endpoint service details in the VPC console, e.g. com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0.',
    },
  },
  reads: ['/keyStore/XksProxyVpcEndpointServiceName'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [apiReference('API_CreateCustomKeyStore.html'), guide('vpc-connectivity.html')],
  facts: ['VPC-SERVICE-NAME-FORMAT'],
  check(plan, { report }) {
    const name = plan.keyStore?.XksProxyVpcEndpointServiceName;
    if (name === undefined) return;
    const violation = checkKmsString(kmsStringShapes.XksProxyVpcEndpointServiceNameType, name);
    if (!violation) return;
    if (/^vpce-svc-[0-9a-z]+$/.test(name.trim())) {
      report({ messageId: 'service-id-only', path, data: { value: name.trim() } });
    } else {
      report({
        messageId: 'api-format',
        path,
        data: { problem: describeShapeViolation(violation) },
      });
    }
  },
});

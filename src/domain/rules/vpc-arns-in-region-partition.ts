import { findRegion } from '../aws/regions';
import type { PathSegment } from '../engine/json-pointer';
import type { ReportData } from '../engine/types';
import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide, privateLink } from './support/sources';

/** ARNs name their partition (aws, aws-us-gov, aws-cn, aws-eusc) after `arn:`. */
const arnFormat = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html';

function partitionOfArn(value: string): string | undefined {
  return /^arn:(aws(?:-[a-z]+)*):/.exec(value.trim())?.[1];
}

export default defineRule<Plan, 'other-partition'>({
  id: 'vpc-arns-in-region-partition',
  target: 'plan',
  severity: 'error',
  title: 'Every ARN of the VPC side is in the partition of the key store Region',
  description:
    'Each AWS Region belongs to one partition (aws, aws-us-gov, aws-cn, aws-eusc), and an ARN names its partition after arn:. The allowed principals of the endpoint service and the certificate of a TLS listener live in the Region of the key store, so an ARN of another partition (arn:aws:… for a GovCloud store) names a principal or certificate AWS cannot find there.',
  messages: {
    'other-partition': {
      message:
        '{{field}} is an ARN of the {{arnPartition}} partition, but {{region}} is in the {{partition}} partition; AWS refuses a principal or certificate of another partition.',
      fix: 'Write the ARN with arn:{{partition}}: (the principal or certificate as it exists in {{region}}).',
    },
  },
  reads: [
    '/region',
    '/endpointService/allowedPrincipals/*',
    '/loadBalancer/listener/certificateArn',
  ],
  requires: ['/region'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [
    guide('vpc-connectivity.html'),
    privateLink('configure-endpoint-service.html#add-remove-permissions'),
    arnFormat,
  ],
  facts: ['VPC-SAME-REGION', 'VPC-ES-ALLOW-XKS-ACCOUNT'],
  check(plan, { report }) {
    const region = findRegion(plan.region!.trim());
    // An unknown Region code is region-supports-external-key-stores' finding.
    if (region === undefined) return;
    const arns: { value: string; path: readonly PathSegment[]; field: ReportData[string] }[] = [
      ...(plan.endpointService?.allowedPrincipals ?? []).map((value, index) => ({
        value,
        path: ['endpointService', 'allowedPrincipals', index],
        field: `The allowed principal ${value.trim()}`,
      })),
      ...(plan.loadBalancer?.listener?.certificateArn === undefined
        ? []
        : [
            {
              value: plan.loadBalancer.listener.certificateArn,
              path: ['loadBalancer', 'listener', 'certificateArn'],
              field: { field: '/loadBalancer/listener/certificateArn' },
            },
          ]),
    ];
    for (const { value, path, field } of arns) {
      const arnPartition = partitionOfArn(value);
      if (arnPartition !== undefined && arnPartition !== region.partition) {
        report({
          messageId: 'other-partition',
          path,
          relatedPaths: [['region']],
          data: { field, arnPartition, partition: region.partition, region: region.code },
        });
      }
    }
  },
});

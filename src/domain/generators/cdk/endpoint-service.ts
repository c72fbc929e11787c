/**
 * VPC endpoint service connectivity, the service side: the endpoint service KMS connects to, the
 * principals allowed to use it, its private DNS name and the Route 53 record that proves it.
 * Source: https://docs.aws.amazon.com/kms/latest/developerguide/vpc-connectivity.html
 */
import type { Plan } from '../../plan/plan-schema';
import { plannedNonKmsPrincipals } from '../iac-model/topology';
import {
  tsArray,
  tsAs,
  tsBlank,
  tsBool,
  tsCall,
  tsComment,
  tsConcat,
  tsConst,
  tsMember,
  tsNew,
  tsObject,
  tsRef,
  tsStr,
  tsThis,
  type TsExpression,
} from '../typescript/syntax';
import type { StackBuilder } from './stack-builder';
import { customResource, dependsOn, duration, id, output, scope, type CdkContext } from './context';

export function privateDnsName(stack: StackBuilder, plan: Plan): TsExpression {
  return stack.stringOr(
    plan.endpointService?.privateDnsName,
    'PrivateDnsName',
    'Private DNS name of the endpoint service, e.g. myproxy-private.xks.example.com: the host name of the proxy URI endpoint.',
  );
}

export function endpointServiceStatements(stack: StackBuilder, context: CdkContext): void {
  const { plan } = context;
  // Principals: KMS in this Region, then exactly the plan's others (least privilege: nothing is
  // added for a cross-account store; vpc-endpoint-service-allows-store-account reports a plan
  // that allows no principal of the store account).
  const principals: TsExpression[] = [
    tsConcat(tsStr('cks.kms.'), tsMember(tsThis, 'region'), tsStr('.amazonaws.com')),
    ...plannedNonKmsPrincipals(plan).map(tsStr),
  ];
  stack.add(
    tsBlank,
    tsComment(
      'KMS creates the endpoint itself: acceptance must be off. KMS connects as the service',
      'principal cks.kms.<region>.amazonaws.com (not an ARN; ArnPrincipal passes it through).',
    ),
    tsConst(
      'endpointService',
      tsNew(
        'ec2.VpcEndpointService',
        scope,
        id('XksEndpointService'),
        tsObject([
          ['vpcEndpointServiceLoadBalancers', tsArray([tsRef('loadBalancer')])],
          ['acceptanceRequired', tsBool(false)],
          ['allowedPrincipals', tsArray(principals.map((p) => tsNew('iam.ArnPrincipal', p)))],
          ['supportedIpAddressTypes', tsArray([tsRef('ec2.IpAddressType.IPV4')])],
        ]),
      ),
    ),
    tsComment('The L2 construct has no private DNS name: set it on the L1 (same construct ID).'),
    tsConst(
      'cfnEndpointService',
      tsAs(
        tsCall('endpointService.node.findChild', id('XksEndpointService')),
        'ec2.CfnVPCEndpointService',
      ),
    ),
    {
      kind: 'assign',
      target: tsRef('cfnEndpointService'),
      property: 'privateDnsName',
      value: privateDnsName(stack, plan),
    },
  );

  const zoneName = stack.stringOr(
    plan.endpointService?.verificationDomain,
    'VerificationDomain',
    'Public Route 53 hosted zone (a parent domain of the private DNS name) that holds the TXT verification record.',
  );
  stack.add(
    tsBlank,
    tsComment(
      'The TXT record that proves the private DNS name, then its verification. The record',
      'name and value are read from the service (a custom resource): CloudFormation lists them as',
      'attributes of AWS::EC2::VPCEndpointService only in newer schemas than cfn-lint 1.51 knows.',
    ),
    tsConst(
      'verificationZone',
      tsCall(
        'route53.HostedZone.fromHostedZoneAttributes',
        scope,
        id('VerificationZone'),
        tsObject([
          [
            'hostedZoneId',
            stack.parameterString({
              id: 'VerificationHostedZoneId',
              type: 'AWS::Route53::HostedZone::Id',
              description: 'ID of the public hosted zone of the verification domain.',
            }),
          ],
          ['zoneName', zoneName],
        ]),
      ),
    ),
    customResource(
      'privateDnsNameConfiguration',
      'PrivateDnsNameConfiguration',
      'Custom::XksPrivateDnsNameConfiguration',
      tsObject([['ServiceId', tsRef('endpointService.vpcEndpointServiceId')]]),
    ),
    tsConst(
      'verificationRecord',
      tsNew(
        'route53.TxtRecord',
        scope,
        id('PrivateDnsVerificationRecord'),
        tsObject([
          ['zone', tsRef('verificationZone')],
          ['recordName', tsCall('privateDnsNameConfiguration.getAttString', tsStr('Name'))],
          ['values', tsArray([tsCall('privateDnsNameConfiguration.getAttString', tsStr('Value'))])],
          ['ttl', duration('minutes', 30)],
        ]),
      ),
    ),
    customResource(
      'privateDnsVerification',
      'PrivateDnsVerification',
      'Custom::XksPrivateDnsVerification',
      tsObject([['ServiceId', tsRef('endpointService.vpcEndpointServiceId')]]),
    ),
    dependsOn('privateDnsVerification', 'verificationRecord'),
  );
}

/** The endpoint service's name and ID: of the one the stack builds, or the existing one's. */
export function networkOutputs(stack: StackBuilder, context: CdkContext): void {
  const existing = context.existingService;
  stack.add(
    tsBlank,
    output(
      'VpcEndpointServiceName',
      existing === undefined
        ? tsRef('endpointService.vpcEndpointServiceName')
        : tsStr(existing.serviceName),
      'XksProxyVpcEndpointServiceName of the key store.',
    ),
    output(
      'VpcEndpointServiceId',
      existing === undefined
        ? tsRef('endpointService.vpcEndpointServiceId')
        : tsStr(existing.serviceId),
      'ID of the VPC endpoint service.',
    ),
  );
}

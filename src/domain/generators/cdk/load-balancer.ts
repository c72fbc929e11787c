/**
 * VPC endpoint service connectivity, the load balancer side: the existing VPC and subnets, the
 * internal network load balancer in front of the proxy, its target group, targets and listener.
 * Source: https://docs.aws.amazon.com/kms/latest/developerguide/vpc-connectivity.html
 */
import {
  tsArray,
  tsBlank,
  tsBool,
  tsCall,
  tsComment,
  tsConst,
  tsExpr,
  tsMember,
  tsNew,
  tsNum,
  tsObject,
  tsRef,
  tsStr,
  type TsExpression,
} from '../typescript/syntax';
import type { StackBuilder } from './stack-builder';
import { id, scope, type CdkContext } from './context';

export function loadBalancerStatements(stack: StackBuilder, context: CdkContext): void {
  const { network } = context;
  const { subnets, targetGroup: group, listener } = network;
  const zones = [
    ...new Set(subnets.flatMap((s) => (s.availabilityZone ? [s.availabilityZone] : []))),
  ];
  stack.add(
    tsBlank,
    tsComment('The existing VPC and subnets, from the plan (no lookups: synth works offline).'),
    tsConst(
      'vpc',
      tsCall(
        'ec2.Vpc.fromVpcAttributes',
        scope,
        id('Vpc'),
        tsObject([
          [
            'vpcId',
            network.vpcId
              ? tsStr(network.vpcId)
              : stack.parameterString({
                  id: 'VpcId',
                  type: 'AWS::EC2::VPC::Id',
                  description: 'VPC of the network load balancer and its target group.',
                }),
          ],
          ['availabilityZones', tsArray(zones.map(tsStr))],
        ]),
      ),
    ),
  );
  const subnetNames: string[] = [];
  if (subnets.length > 0) {
    subnets.forEach((subnet, index) => {
      const name = `subnet${index + 1}`;
      subnetNames.push(name);
      stack.add(
        tsConst(
          name,
          subnet.availabilityZone === undefined
            ? tsCall(
                'ec2.Subnet.fromSubnetId',
                scope,
                id(`Subnet${index + 1}`),
                tsStr(subnet.subnetId),
              )
            : tsCall(
                'ec2.Subnet.fromSubnetAttributes',
                scope,
                id(`Subnet${index + 1}`),
                tsObject([
                  ['subnetId', tsStr(subnet.subnetId)],
                  ['availabilityZone', tsStr(subnet.availabilityZone)],
                ]),
              ),
        ),
      );
    });
  } else {
    const list = tsMember(
      stack.parameter({
        id: 'SubnetIds',
        type: 'List<AWS::EC2::Subnet::Id>',
        description: 'Two private subnets of the network load balancer, in two Availability Zones.',
      }),
      'valueAsList',
    );
    for (const index of [0, 1]) {
      const name = `subnet${index + 1}`;
      subnetNames.push(name);
      stack.add(
        tsConst(
          name,
          tsCall(
            'ec2.Subnet.fromSubnetId',
            scope,
            id(`Subnet${index + 1}`),
            tsCall('cdk.Fn.select', tsNum(index), list),
          ),
        ),
      );
    }
  }

  stack.add(
    tsComment(
      'Imported by ID without route tables, which nothing here reads: aws-cdk-lib warns anyway.',
    ),
    ...subnetNames.map((name) =>
      tsExpr(
        tsCall(
          tsMember(tsCall('cdk.Annotations.of', tsRef(name)), 'acknowledgeWarning'),
          tsStr('@aws-cdk/aws-ec2:noSubnetRouteTableId'),
          tsStr('The app reads no route table of the subnets it imports.'),
        ),
      ),
    ),
    tsBlank,
    tsComment('The internal network load balancer in front of the proxy instances.'),
    tsConst(
      'loadBalancer',
      tsNew(
        'elbv2.NetworkLoadBalancer',
        scope,
        id('ProxyLoadBalancer'),
        tsObject([
          network.loadBalancerName === undefined
            ? undefined
            : ['loadBalancerName', tsStr(network.loadBalancerName)],
          ['vpc', tsRef('vpc')],
          ['internetFacing', tsBool(false)],
          ['vpcSubnets', tsObject([['subnets', tsArray(subnetNames.map((n) => tsRef(n)))]])],
          // Deleting it disconnects the key store: it takes a deliberate change first.
          ['deletionProtection', tsBool(true)],
          // cdk.json's flags give the balancer a security group. KMS reaches it over PrivateLink
          // from addresses nobody can list, so its inbound rules do not judge that traffic.
          ['enforceSecurityGroupInboundRulesOnPrivateLinkTraffic', tsBool(false)],
        ]),
      ),
    ),
  );

  const targets =
    network.targets.length > 0
      ? network.targets.map((target) =>
          tsNew(
            'elbv2Targets.IpTarget',
            tsStr(target.ipAddress),
            tsNum(target.port),
            ...(target.availabilityZone === undefined ? [] : [tsStr(target.availabilityZone)]),
          ),
        )
      : [
          tsNew(
            'elbv2Targets.IpTarget',
            stack.parameterString({
              id: 'ProxyTargetIpAddress',
              type: 'String',
              description:
                'Private IPv4 address of an XKS proxy instance (add one IpTarget per instance in lib/xks-stack.ts).',
            }),
            tsNum(group.port),
            ...(network.defaultTargetZone === undefined ? [] : [tsStr(network.defaultTargetZone)]),
          ),
        ];
  const check = group.healthCheck;
  const healthCheck =
    check === undefined
      ? undefined
      : tsObject([
          ['enabled', tsBool(true)],
          check.protocol === undefined
            ? undefined
            : ['protocol', tsRef(`elbv2.Protocol.${check.protocol}`)],
          check.port === undefined ? undefined : ['port', tsStr(String(check.port))],
          check.path === undefined ? undefined : ['path', tsStr(check.path)],
        ]);
  stack.add(
    tsConst(
      'targetGroup',
      tsNew(
        'elbv2.NetworkTargetGroup',
        scope,
        id('ProxyTargets'),
        tsObject([
          group.name === undefined ? undefined : ['targetGroupName', tsStr(group.name)],
          ['vpc', tsRef('vpc')],
          ['port', tsNum(group.port)],
          ['protocol', tsRef(`elbv2.Protocol.${group.protocol}`)],
          ['targetType', tsRef('elbv2.TargetType.IP')],
          ['targets', tsArray(targets)],
          healthCheck === undefined ? undefined : ['healthCheck', healthCheck],
        ]),
      ),
    ),
  );

  const tls = listener.protocol === 'TLS';
  // Named only where the key store connection (same stack) waits for it.
  const named = (call: TsExpression) =>
    context.endpointServiceOwner === undefined ? tsConst('listener', call) : tsExpr(call);
  stack.add(
    named(
      tsCall(
        'loadBalancer.addListener',
        id('KmsListener'),
        tsObject([
          ['port', tsNum(listener.port)],
          ['protocol', tsRef(`elbv2.Protocol.${listener.protocol}`)],
          tls
            ? [
                'certificates',
                tsArray([
                  tsCall(
                    'elbv2.ListenerCertificate.fromArn',
                    stack.stringOr(
                      listener.certificateArn,
                      'ListenerCertificateArn',
                      'ACM certificate of the TLS listener; its name must match the private DNS name.',
                    ),
                  ),
                ]),
              ]
            : undefined,
          tls ? ['sslPolicy', tsRef('elbv2.SslPolicy.RECOMMENDED_TLS')] : undefined,
          ['defaultTargetGroups', tsArray([tsRef('targetGroup')])],
        ]),
      ),
    ),
  );
}

/**
 * The AWS CDK (TypeScript) export of a plan: an app with the same infrastructure as the Terraform
 * export. CloudFormation has no resource for a custom key store and AWS::KMS::Key cannot target
 * one, so the store, its connection and its keys are custom resources of one Provider whose
 * handler reads the proxy credential from Secrets Manager. Built as plan → TypeScript syntax tree
 * → printer; every plan string is a string literal written by the printer.
 */
import type { Plan, PlannedKey } from '../../plan/plan-schema';
import {
  alarmThreshold,
  insightsQueryParts,
  measureLabel,
  plannedAlarms,
  type AlarmDefinition,
} from '../iac-model/alarms';
import { exportPlan, type ExportOverride } from '../iac-model/export-plan';
import {
  connectivityOf,
  endpointServiceOwnerOf,
  plannedNonKmsPrincipals,
  type IacConnectivity,
} from '../iac-model/topology';
import { keyResourceNames } from '../terraform/key-store';
import { printTsFile } from '../typescript/print';
import {
  tsArray,
  tsAs,
  tsBlank,
  tsBool,
  tsCall,
  tsComment,
  tsConcat,
  tsConst,
  tsExpr,
  tsMember,
  tsNew,
  tsNum,
  tsObject,
  tsRef,
  tsStr,
  tsThis,
  type TsExpression,
  type TsStatement,
} from '../typescript/syntax';
import type { GeneratedFile } from '../types';
import {
  handlerActions,
  isCompleteCode,
  onEventCode,
  providerTotalTimeoutMinutes,
} from './handler-code';
import { cdkProjectFiles } from './project-files';
import { cdkReadme } from './readme';
import { secretParameterId, StackBuilder } from './stack-builder';

export interface CdkContext {
  /** The plan as every export builds it (iac-model/export-plan.ts). */
  readonly plan: Plan;
  /** Where that differs from the plan as stated. */
  readonly overrides: readonly ExportOverride[];
  readonly connectivity: IacConnectivity;
  /** The account that owns the VPC endpoint service, when it is not the key store's account. */
  readonly endpointServiceOwner: string | undefined;
}

export interface CdkStackInfo {
  readonly className: string;
  readonly id: string;
  readonly account: string | undefined;
  /** Parameters without a default, which `cdk deploy` must be given. */
  readonly parameters: readonly string[];
}

const kmsListenerPort = 443;
const forwardedProtocols = new Set(['TCP', 'TLS']);
const id = (text: string) => tsStr(text);
const scope = tsThis;
const duration = (unit: 'seconds' | 'minutes' | 'hours', amount: number) =>
  tsCall(`cdk.Duration.${unit}`, tsNum(amount));

const pascal = (snake: string) =>
  snake
    .split('_')
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
const camel = (snake: string) => {
  const text = pascal(snake);
  return text.charAt(0).toLowerCase() + text.slice(1);
};

/**
 * Construct IDs of the planned keys: `Key` and the PascalCase resource name, unique after that
 * conversion (the key names `orders_1` and `orders1` would both become `KeyOrders1`).
 */
export function keyConstructIds(keys: readonly PlannedKey[]): string[] {
  const used = new Set<string>();
  return keyResourceNames(keys).map((name) => {
    const base = `Key${pascal(name)}`;
    let candidate = base;
    for (let suffix = 2; used.has(candidate); suffix++) candidate = `${base}N${suffix}`;
    used.add(candidate);
    return candidate;
  });
}

// ---------------------------------------------------------------- the custom-resource provider

function providerStatements(b: StackBuilder, withSecret: boolean): TsStatement[] {
  const policies: TsExpression[] = [tsRef('handlerPolicy')];
  if (withSecret) {
    const secretArn = b.parameterString({
      id: secretParameterId,
      type: 'String',
      description:
        'ARN of the Secrets Manager secret that holds the proxy secret access key (not the key itself): a plain string, or JSON with "secretAccessKey".',
      allowedPattern: '^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:.+$',
    });
    policies.push(
      tsNew(
        'iam.PolicyStatement',
        tsObject([
          ['actions', tsArray([tsStr('secretsmanager:GetSecretValue')])],
          ['resources', tsArray([secretArn])],
        ]),
      ),
    );
  }
  const fn = (name: string, handler: string, code: string, minutes: number, p: TsExpression[]) =>
    tsConst(
      name,
      tsNew(
        'lambda.Function',
        scope,
        id(name.charAt(0).toUpperCase() + name.slice(1)),
        tsObject([
          ['runtime', tsRef('lambda.Runtime.NODEJS_22_X')],
          ['handler', tsStr(handler)],
          ['code', tsCall('lambda.Code.fromInline', tsRef(code))],
          ['timeout', duration('minutes', minutes)],
          ['initialPolicy', tsArray(p)],
        ]),
      ),
    );
  return [
    tsComment(
      'One Provider serves every custom resource: CloudFormation has no external key store',
      'resource, and AWS::KMS::Key cannot create a key in one.',
    ),
    tsConst(
      'handlerPolicy',
      tsNew(
        'iam.PolicyStatement',
        tsObject([
          ['actions', tsArray(handlerActions.map(tsStr))],
          ['resources', tsArray([tsStr('*')])],
        ]),
      ),
    ),
    fn('onEventFunction', 'index.onEvent', 'onEventCode', 10, policies),
    fn('isCompleteFunction', 'index.isComplete', 'isCompleteCode', 1, [tsRef('handlerPolicy')]),
    tsConst(
      'provider',
      tsNew(
        'cr.Provider',
        scope,
        id('XksProvider'),
        tsObject([
          ['onEventHandler', tsRef('onEventFunction')],
          ['isCompleteHandler', tsRef('isCompleteFunction')],
          ['queryInterval', duration('seconds', 30)],
          ['totalTimeout', duration('minutes', providerTotalTimeoutMinutes)],
        ]),
      ),
    ),
  ];
}

function customResource(
  name: string,
  constructId: string,
  resourceType: string,
  properties: TsExpression,
  retain = false,
): TsStatement {
  return tsConst(
    name,
    tsNew(
      'cdk.CustomResource',
      scope,
      id(constructId),
      tsObject([
        ['serviceToken', tsRef('provider.serviceToken')],
        ['resourceType', tsStr(resourceType)],
        retain ? ['removalPolicy', tsRef('cdk.RemovalPolicy.RETAIN')] : undefined,
        ['properties', properties],
      ]),
    ),
  );
}

const dependsOn = (name: string, on: string) =>
  tsExpr(tsCall(tsMember(tsRef(`${name}.node`), 'addDependency'), tsRef(on)));

const output = (constructId: string, value: TsExpression, description: string) =>
  tsExpr(
    tsNew(
      'cdk.CfnOutput',
      scope,
      id(constructId),
      tsObject([
        ['value', value],
        ['description', tsStr(description)],
      ]),
    ),
  );

// ---------------------------------------------------------------- VPC endpoint service

function plannedSubnets(plan: Plan): { subnetId: string; availabilityZone?: string }[] {
  const described = plan.vpc?.subnets ?? [];
  const ids =
    plan.loadBalancer?.subnetIds ??
    described.flatMap((subnet) => (subnet.subnetId === undefined ? [] : [subnet.subnetId]));
  return [...new Set(ids)].map((subnetId) => {
    const zone = described.find((subnet) => subnet.subnetId === subnetId)?.availabilityZone;
    return zone === undefined ? { subnetId } : { subnetId, availabilityZone: zone };
  });
}

function defaultTargetZone(plan: Plan): string | undefined {
  const location = plan.proxy?.location;
  return location === undefined || location === 'this-vpc' ? undefined : 'all';
}

function privateDnsName(b: StackBuilder, plan: Plan): TsExpression {
  return b.stringOr(
    plan.endpointService?.privateDnsName,
    'PrivateDnsName',
    'Private DNS name of the endpoint service, e.g. myproxy-private.xks.example.com: the host name of the proxy URI endpoint.',
  );
}

function networkStatements(b: StackBuilder, context: CdkContext): void {
  const { plan } = context;
  const balancer = plan.loadBalancer;
  const group = balancer?.targetGroup;
  const subnets = plannedSubnets(plan);
  const zones = [
    ...new Set(subnets.flatMap((s) => (s.availabilityZone ? [s.availabilityZone] : []))),
  ];
  b.add(
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
            (group?.vpcId ?? plan.vpc?.vpcId)
              ? tsStr((group?.vpcId ?? plan.vpc?.vpcId)!)
              : b.parameterString({
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
      b.add(
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
      b.parameter({
        id: 'SubnetIds',
        type: 'List<AWS::EC2::Subnet::Id>',
        description: 'Two private subnets of the network load balancer, in two Availability Zones.',
      }),
      'valueAsList',
    );
    for (const index of [0, 1]) {
      const name = `subnet${index + 1}`;
      subnetNames.push(name);
      b.add(
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

  b.add(
    tsBlank,
    tsComment('The internal network load balancer in front of the proxy instances.'),
    tsConst(
      'loadBalancer',
      tsNew(
        'elbv2.NetworkLoadBalancer',
        scope,
        id('ProxyLoadBalancer'),
        tsObject([
          balancer?.name === undefined ? undefined : ['loadBalancerName', tsStr(balancer.name)],
          ['vpc', tsRef('vpc')],
          ['internetFacing', tsBool(false)],
          ['vpcSubnets', tsObject([['subnets', tsArray(subnetNames.map((n) => tsRef(n)))]])],
        ]),
      ),
    ),
  );

  const port = group?.port ?? kmsListenerPort;
  const protocol =
    group?.protocol !== undefined && forwardedProtocols.has(group.protocol)
      ? group.protocol
      : 'TCP';
  const withAddress = (group?.targets ?? []).filter((t) => t.ipAddress !== undefined);
  const targets =
    withAddress.length > 0
      ? withAddress.map((target) => {
          // Only an address outside the VPC names a zone ("all"): inside, the subnet decides.
          const zone =
            target.availabilityZone === 'all'
              ? 'all'
              : target.availabilityZone === undefined
                ? defaultTargetZone(plan)
                : undefined;
          return tsNew(
            'elbv2Targets.IpTarget',
            tsStr(target.ipAddress!),
            tsNum(target.port ?? port),
            ...(zone === undefined ? [] : [tsStr(zone)]),
          );
        })
      : [
          tsNew(
            'elbv2Targets.IpTarget',
            b.parameterString({
              id: 'ProxyTargetIpAddress',
              type: 'String',
              description:
                'Private IPv4 address of an XKS proxy instance (add one IpTarget per instance in lib/xks-stack.ts).',
            }),
            tsNum(port),
            ...(defaultTargetZone(plan) === undefined ? [] : [tsStr(defaultTargetZone(plan)!)]),
          ),
        ];
  const check = group?.healthCheck;
  const healthCheck =
    check === undefined
      ? undefined
      : tsObject([
          ['enabled', tsBool(true)],
          check.protocol === undefined
            ? undefined
            : ['protocol', tsRef(`elbv2.Protocol.${check.protocol}`)],
          check.port === undefined ? undefined : ['port', tsStr(String(check.port))],
          check.path === undefined || check.protocol === 'TCP'
            ? undefined
            : ['path', tsStr(check.path)],
        ]);
  b.add(
    tsConst(
      'targetGroup',
      tsNew(
        'elbv2.NetworkTargetGroup',
        scope,
        id('ProxyTargets'),
        tsObject([
          group?.name === undefined ? undefined : ['targetGroupName', tsStr(group.name)],
          ['vpc', tsRef('vpc')],
          ['port', tsNum(port)],
          ['protocol', tsRef(`elbv2.Protocol.${protocol}`)],
          ['targetType', tsRef('elbv2.TargetType.IP')],
          ['targets', tsArray(targets)],
          healthCheck === undefined ? undefined : ['healthCheck', healthCheck],
        ]),
      ),
    ),
  );

  const listener = balancer?.listener;
  const tls = listener?.protocol === 'TLS';
  // Named only where the key store connection (same stack) waits for it.
  const named = (call: TsExpression) =>
    context.endpointServiceOwner === undefined ? tsConst('listener', call) : tsExpr(call);
  b.add(
    named(
      tsCall(
        'loadBalancer.addListener',
        id('KmsListener'),
        tsObject([
          ['port', tsNum(kmsListenerPort)],
          ['protocol', tsRef(`elbv2.Protocol.${tls ? 'TLS' : 'TCP'}`)],
          tls
            ? [
                'certificates',
                tsArray([
                  tsCall(
                    'elbv2.ListenerCertificate.fromArn',
                    b.stringOr(
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

  // Principals: KMS in this Region, then exactly the plan's others (least privilege: nothing is
  // added for a cross-account store; vpc-endpoint-service-allows-store-account reports a plan
  // that allows no principal of the store account).
  const principals: TsExpression[] = [
    tsConcat(tsStr('cks.kms.'), tsMember(tsThis, 'region'), tsStr('.amazonaws.com')),
    ...plannedNonKmsPrincipals(plan).map(tsStr),
  ];
  b.add(
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
      value: privateDnsName(b, plan),
    },
  );

  const zoneName = b.stringOr(
    plan.endpointService?.verificationDomain,
    'VerificationDomain',
    'Public Route 53 hosted zone (a parent domain of the private DNS name) that holds the TXT verification record.',
  );
  b.add(
    tsBlank,
    tsComment('The TXT record that proves the private DNS name, then its verification.'),
    tsConst(
      'verificationZone',
      tsCall(
        'route53.HostedZone.fromHostedZoneAttributes',
        scope,
        id('VerificationZone'),
        tsObject([
          [
            'hostedZoneId',
            b.parameterString({
              id: 'VerificationHostedZoneId',
              type: 'AWS::Route53::HostedZone::Id',
              description: 'ID of the public hosted zone of the verification domain.',
            }),
          ],
          ['zoneName', zoneName],
        ]),
      ),
    ),
    tsConst(
      'verificationRecord',
      tsNew(
        'route53.TxtRecord',
        scope,
        id('PrivateDnsVerificationRecord'),
        tsObject([
          ['zone', tsRef('verificationZone')],
          ['recordName', tsRef('cfnEndpointService.attrPrivateDnsNameConfigurationName')],
          ['values', tsArray([tsRef('cfnEndpointService.attrPrivateDnsNameConfigurationValue')])],
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

// ---------------------------------------------------------------- key store, keys, alarms

function keyStoreStatements(b: StackBuilder, context: CdkContext, localNetwork: boolean): void {
  const { plan } = context;
  const store = plan.keyStore;
  const vpc = context.connectivity === 'VPC_ENDPOINT_SERVICE';
  const endpoint = vpc
    ? tsConcat(tsStr('https://'), privateDnsName(b, plan))
    : b.stringOr(
        store?.XksProxyUriEndpoint,
        'XksProxyUriEndpoint',
        'https:// and the public host name of the proxy, without port or path.',
      );
  const serviceName = !vpc
    ? undefined
    : localNetwork
      ? tsRef('endpointService.vpcEndpointServiceName')
      : tsMember(
          b.parameter({
            id: 'XksProxyVpcEndpointServiceName',
            type: 'String',
            description:
              'Name of the VPC endpoint service in the other account (output VpcEndpointServiceName of the network stack).',
            ...(store?.XksProxyVpcEndpointServiceName === undefined
              ? {}
              : { default: store.XksProxyVpcEndpointServiceName }),
          }),
          'valueAsString',
        );
  const endpointProperties: (readonly [string, TsExpression])[] = [
    ['XksProxyConnectivity', tsStr(context.connectivity)],
    ['XksProxyUriEndpoint', endpoint],
  ];
  if (serviceName) endpointProperties.push(['XksProxyVpcEndpointServiceName', serviceName]);
  if (context.endpointServiceOwner !== undefined) {
    endpointProperties.push([
      'XksProxyVpcEndpointServiceOwner',
      tsStr(context.endpointServiceOwner),
    ]);
  }
  b.add(
    tsBlank,
    tsComment(
      'The external key store. The handler reads the secret access key from Secrets Manager:',
      'it is never a template parameter or property.',
    ),
    customResource(
      'keyStore',
      'XksKeyStore',
      'Custom::XksKeyStore',
      tsObject([
        [
          'CustomKeyStoreName',
          b.stringOr(
            store?.CustomKeyStoreName,
            'CustomKeyStoreName',
            'Name of the external key store, unique in the account and Region.',
          ),
        ],
        ...endpointProperties,
        [
          'XksProxyUriPath',
          b.stringOr(
            store?.XksProxyUriPath,
            'XksProxyUriPath',
            'Base path of the proxy API: an optional prefix followed by /kms/xks/v1.',
          ),
        ],
        [
          'AccessKeyId',
          b.stringOr(
            store?.XksProxyAuthenticationCredential?.AccessKeyId,
            'XksProxyAccessKeyId',
            'Access key ID of the proxy authentication credential (not secret).',
          ),
        ],
        ['CredentialSecretArn', tsRef(`${camel(secretParameterId)}Parameter.valueAsString`)],
      ]),
    ),
  );
  // The store already waits for the endpoint service it names; not for the name's verification.
  if (localNetwork) b.add(dependsOn('keyStore', 'privateDnsVerification'));
  b.add(
    tsComment('Connects the store and waits until it is CONNECTED (fails with its error code).'),
    customResource(
      'keyStoreConnection',
      'XksKeyStoreConnection',
      'Custom::XksKeyStoreConnection',
      tsObject([['CustomKeyStoreId', tsRef('keyStore.ref')], ...endpointProperties]),
    ),
  );
  // KMS connects through the listener: without it the connection fails, so it must exist first.
  if (localNetwork) b.add(dependsOn('keyStoreConnection', 'listener'));
}

function keyTags(key: PlannedKey): TsExpression | undefined {
  if (key.Tags === undefined || key.Tags.length === 0) return undefined;
  // One value per key (AWS refuses duplicates): the first planned value wins, sorted by key.
  const byKey = new Map<string, string>();
  for (const tag of key.Tags) if (!byKey.has(tag.TagKey)) byKey.set(tag.TagKey, tag.TagValue);
  const entries = [...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return tsArray(
    entries.map(([tagKey, value]) =>
      tsObject([
        ['TagKey', tsStr(tagKey)],
        ['TagValue', tsStr(value)],
      ]),
    ),
  );
}

function keyStatements(b: StackBuilder, context: CdkContext): void {
  const keys = context.plan.keys ?? [];
  if (keys.length === 0) return;
  const constructIds = keyConstructIds(keys);
  b.add(
    tsBlank,
    tsComment(
      'KMS keys in the store (symmetric, single-Region, not rotated: the only kind it holds).',
      'Retained when removed from the stack: deleting such a key is a scheduled, manual step.',
    ),
  );
  keys.forEach((key, index) => {
    const variable = `key${index + 1}`;
    const constructId = constructIds[index]!;
    const tags = keyTags(key);
    b.add(
      customResource(
        variable,
        constructId,
        'Custom::XksKey',
        tsObject([
          ['CustomKeyStoreId', tsRef('keyStore.ref')],
          [
            'XksKeyId',
            b.stringOr(
              key.XksKeyId,
              `${constructId}XksKeyId`,
              `ID of the external key behind KMS key ${index + 1} in the external key manager.`,
            ),
          ],
          key.Description === undefined ? undefined : ['Description', tsStr(key.Description)],
          tags === undefined ? undefined : ['Tags', tags],
        ]),
        true,
      ),
      dependsOn(variable, 'keyStoreConnection'),
    );
    if (key.AliasName !== undefined) {
      b.add(
        tsExpr(
          tsNew(
            'kms.CfnAlias',
            scope,
            id(`${constructId}Alias`),
            tsObject([
              ['aliasName', tsStr(key.AliasName)],
              ['targetKeyId', tsCall(`${variable}.getAttString`, tsStr('KeyId'))],
            ]),
          ),
        ),
      );
    }
  });
}

function alarmMetric(b: StackBuilder, plan: Plan, definition: AlarmDefinition): TsExpression {
  const { measure } = definition;
  const storeId = tsRef('keyStore.ref');
  if (measure.kind === 'metric') {
    const dimensions: (readonly [string, TsExpression])[] = [['CustomKeyStoreId', storeId]];
    for (const dimension of measure.dimensions ?? []) {
      dimensions.push([
        dimension,
        b.stringOr(
          plan.tls?.certificate?.subjectCommonName,
          'ProxyCertificateName',
          'Subject common name of the proxy TLS certificate (the CertificateName dimension of XksProxyCertificateDaysToExpire).',
        ),
      ]);
    }
    return tsNew(
      'cloudwatch.Metric',
      tsObject([
        ['namespace', tsStr('AWS/KMS')],
        ['metricName', tsStr(measure.metric)],
        ['statistic', tsStr(measure.statistic)],
        ['period', duration('seconds', definition.periodSeconds)],
        ['dimensionsMap', tsObject(dimensions)],
      ]),
    );
  }
  const query = insightsQueryParts(measure);
  return tsNew(
    'cloudwatch.MathExpression',
    tsObject([
      ['expression', tsConcat(tsStr(query.before), storeId, tsStr(query.after))],
      ['usingMetrics', tsObject([])],
      ['period', duration('seconds', definition.periodSeconds)],
    ]),
  );
}

function alarmStatements(b: StackBuilder, context: CdkContext): void {
  const { plan } = context;
  const topicName = plan.operations?.snsTopicName;
  b.add(
    tsBlank,
    tsComment('Alarms: the four AWS recommends, plus the ones the plan enables.'),
    tsConst(
      'alarmTopic',
      tsNew(
        'sns.Topic',
        scope,
        id('AlarmTopic'),
        tsObject([topicName === undefined ? undefined : ['topicName', tsStr(topicName)]]),
      ),
    ),
    tsConst('alarmAction', tsNew('cloudwatchActions.SnsAction', tsRef('alarmTopic'))),
  );
  for (const definition of plannedAlarms(plan)) {
    const variable = `${camel(definition.resourceName)}Alarm`;
    const stated = alarmThreshold(plan, definition);
    const threshold =
      stated !== undefined
        ? tsNum(stated)
        : tsMember(
            b.parameter({
              id: `${pascal(definition.resourceName)}AlarmThreshold`,
              type: 'Number',
              description: `Threshold of the ${measureLabel(definition)} alarm: AWS publishes no recommended value.`,
            }),
            'valueAsNumber',
          );
    const comparison =
      definition.comparison === 'LessThanThreshold'
        ? 'LESS_THAN_THRESHOLD'
        : 'GREATER_THAN_THRESHOLD';
    b.add(
      tsConst(
        variable,
        tsNew(
          'cloudwatch.Alarm',
          scope,
          id(`${pascal(definition.resourceName)}Alarm`),
          tsObject([
            [
              'alarmName',
              tsConcat(
                tsRef('keyStore.ref'),
                tsStr(`-${definition.resourceName.replace(/_/g, '-')}`),
              ),
            ],
            ['alarmDescription', tsStr(definition.description)],
            ['comparisonOperator', tsRef(`cloudwatch.ComparisonOperator.${comparison}`)],
            ['threshold', threshold],
            ['evaluationPeriods', tsNum(1)],
            definition.treatMissingData === undefined
              ? undefined
              : ['treatMissingData', tsRef('cloudwatch.TreatMissingData.NOT_BREACHING')],
            ['metric', alarmMetric(b, plan, definition)],
          ]),
        ),
      ),
      tsExpr(tsCall(`${variable}.addAlarmAction`, tsRef('alarmAction'))),
      tsExpr(tsCall(`${variable}.addOkAction`, tsRef('alarmAction'))),
    );
  }
}

// ---------------------------------------------------------------- stacks, files

function stackClass(name: string, b: StackBuilder): TsStatement {
  return {
    kind: 'class',
    name,
    exported: true,
    extends: 'cdk.Stack',
    constructorParameters: [
      { name: 'scope', type: 'Construct' },
      { name: 'id', type: 'string' },
      { name: 'props', type: 'cdk.StackProps', optional: true },
    ],
    body: [
      { kind: 'super', args: [tsRef('scope'), tsRef('id'), tsRef('props')] },
      ...b.parameterStatements(),
      ...b.body,
    ],
  };
}

function keyStoreOutputs(b: StackBuilder, context: CdkContext): void {
  const constructIds = keyConstructIds(context.plan.keys ?? []);
  b.add(
    tsBlank,
    output('CustomKeyStoreId', tsRef('keyStore.ref'), 'ID of the external key store (cks-...).'),
    output(
      'AlarmTopicArn',
      tsRef('alarmTopic.topicArn'),
      'SNS topic of the key store alarms: subscribe the people on call.',
    ),
    ...constructIds.map((constructId, index) =>
      output(
        `${constructId}Arn`,
        tsCall(`key${index + 1}.getAttString`, tsStr('Arn')),
        `ARN of KMS key ${index + 1}.`,
      ),
    ),
  );
}

function networkOutputs(b: StackBuilder): void {
  b.add(
    tsBlank,
    output(
      'VpcEndpointServiceName',
      tsRef('endpointService.vpcEndpointServiceName'),
      'XksProxyVpcEndpointServiceName of the key store.',
    ),
    output(
      'VpcEndpointServiceId',
      tsRef('endpointService.vpcEndpointServiceId'),
      'ID of the VPC endpoint service.',
    ),
  );
}

const modules: Record<string, string> = {
  cdk: 'aws-cdk-lib',
  cloudwatch: 'aws-cdk-lib/aws-cloudwatch',
  cloudwatchActions: 'aws-cdk-lib/aws-cloudwatch-actions',
  cr: 'aws-cdk-lib/custom-resources',
  ec2: 'aws-cdk-lib/aws-ec2',
  elbv2: 'aws-cdk-lib/aws-elasticloadbalancingv2',
  elbv2Targets: 'aws-cdk-lib/aws-elasticloadbalancingv2-targets',
  iam: 'aws-cdk-lib/aws-iam',
  kms: 'aws-cdk-lib/aws-kms',
  lambda: 'aws-cdk-lib/aws-lambda',
  route53: 'aws-cdk-lib/aws-route53',
  sns: 'aws-cdk-lib/aws-sns',
};

/** The namespace imports a file needs: every module alias its statements use, in a fixed order. */
function usedAliases(statements: readonly TsStatement[]): string[] {
  const used = new Set<string>();
  const visit = (expression: TsExpression): void => {
    switch (expression.kind) {
      case 'identifier':
        used.add(expression.name);
        return;
      case 'member':
        return visit(expression.object);
      case 'call':
      case 'new':
        visit(expression.callee);
        return expression.args.forEach(visit);
      case 'array':
        return expression.items.forEach(visit);
      case 'object':
        return expression.entries.forEach(([, value]) => visit(value));
      case 'concat':
        return expression.parts.forEach(visit);
      case 'as':
        used.add(expression.type.split('.')[0]!);
        return visit(expression.expression);
      default:
        return;
    }
  };
  const walk = (statement: TsStatement): void => {
    if (statement.kind === 'const') visit(statement.value);
    else if (statement.kind === 'expression') visit(statement.expression);
    else if (statement.kind === 'super') statement.args.forEach(visit);
    else if (statement.kind === 'assign') {
      visit(statement.target);
      visit(statement.value);
    } else if (statement.kind === 'class') {
      used.add(statement.extends.split('.')[0]!);
      for (const parameter of statement.constructorParameters) {
        used.add(parameter.type.split('.')[0]!);
      }
      statement.body.forEach(walk);
    }
  };
  statements.forEach(walk);
  return Object.keys(modules).filter((alias) => used.has(alias));
}

function withImports(statements: readonly TsStatement[]): TsStatement[] {
  const hasClass = statements.some((statement) => statement.kind === 'class');
  return [
    ...usedAliases(statements).map((alias): TsStatement => ({
      kind: 'importNamespace',
      alias,
      module: modules[alias]!,
    })),
    ...(hasClass
      ? [
          {
            kind: 'importNamed',
            names: ['Construct'],
            module: 'constructs',
            typeOnly: true,
          } satisfies TsStatement,
        ]
      : []),
    tsBlank,
    ...statements,
  ];
}

const codeConst = (name: string, lines: readonly string[]) =>
  tsConst(name, tsCall(tsMember(tsArray(lines.map(tsStr)), 'join'), tsStr('\n')));

export function cdkContext(planned: Plan): CdkContext {
  const { plan, overrides } = exportPlan(planned);
  return {
    plan,
    overrides,
    connectivity: connectivityOf(plan),
    endpointServiceOwner: endpointServiceOwnerOf(plan),
  };
}

function stackProps(account: string | undefined, region: string | undefined, description: string) {
  const env: (readonly [string, TsExpression] | undefined)[] = [
    account === undefined ? undefined : ['account', tsStr(account)],
    region === undefined ? undefined : ['region', tsStr(region)],
  ];
  return tsObject([
    account === undefined && region === undefined ? undefined : ['env', tsObject(env)],
    ['description', tsStr(description)],
  ]);
}

export function generateCdk(planned: Plan): GeneratedFile[] {
  const context = cdkContext(planned);
  const { plan } = context;
  const vpc = context.connectivity === 'VPC_ENDPOINT_SERVICE';
  const crossAccount = context.endpointServiceOwner !== undefined;
  const title = plan.title === undefined ? '' : `: ${plan.title}`;
  const stacks: CdkStackInfo[] = [];
  const classes: TsStatement[] = [];
  const app: TsStatement[] = [tsConst('app', tsNew('cdk.App'))];

  if (crossAccount) {
    const network = new StackBuilder();
    network.add(...providerStatements(network, false));
    networkStatements(network, context);
    networkOutputs(network);
    classes.push(
      tsComment(`The VPC endpoint service side, in account ${context.endpointServiceOwner}.`),
      stackClass('XksNetworkStack', network),
      tsBlank,
    );
    stacks.push({
      className: 'XksNetworkStack',
      id: 'XksNetworkStack',
      account: context.endpointServiceOwner,
      parameters: network.requiredParameterIds,
    });
    app.push(
      tsConst(
        'networkStack',
        tsNew(
          'XksNetworkStack',
          tsRef('app'),
          id('XksNetworkStack'),
          stackProps(
            context.endpointServiceOwner,
            plan.region,
            `VPC endpoint service of an AWS KMS external key store (XKS Planner)${title}`,
          ),
        ),
      ),
    );
  }

  const main = new StackBuilder();
  main.add(...providerStatements(main, true));
  if (vpc && !crossAccount) networkStatements(main, context);
  keyStoreStatements(main, context, vpc && !crossAccount);
  keyStatements(main, context);
  alarmStatements(main, context);
  if (vpc && !crossAccount) networkOutputs(main);
  keyStoreOutputs(main, context);
  const mainClass = crossAccount ? 'XksKeyStoreStack' : 'XksStack';
  classes.push(
    ...(crossAccount ? [tsComment(`The external key store, in the key store's account.`)] : []),
    stackClass(mainClass, main),
  );
  stacks.push({
    className: mainClass,
    id: mainClass,
    account: plan.accountId,
    parameters: main.requiredParameterIds,
  });
  const mainStack = tsNew(
    mainClass,
    tsRef('app'),
    id(mainClass),
    stackProps(plan.accountId, plan.region, `AWS KMS external key store (XKS Planner)${title}`),
  );
  app.push(crossAccount ? tsConst('keyStoreStack', mainStack) : tsExpr(mainStack));
  if (crossAccount) {
    app.push(
      tsComment('Deploy order only: the accounts differ, so no values cross between the stacks.'),
      tsExpr(tsCall('keyStoreStack.addDependency', tsRef('networkStack'))),
    );
  }

  const stackFile = withImports([
    tsComment('Generated by XKS Planner. See README.md for the deploy order and the secret.'),
    tsBlank,
    tsComment('Custom-resource handler (Node.js 22, AWS SDK v3 built in), inlined: no bundling.'),
    codeConst('onEventCode', onEventCode),
    codeConst('isCompleteCode', isCompleteCode),
    tsBlank,
    ...classes,
  ]);
  const appFile: TsStatement[] = [
    { kind: 'importNamespace', alias: 'cdk', module: 'aws-cdk-lib' },
    {
      kind: 'importNamed',
      names: stacks.map((stack) => stack.className),
      module: '../lib/xks-stack',
    },
    tsBlank,
    ...app,
  ];
  return [
    ...cdkProjectFiles(),
    { path: 'bin/app.ts', content: printTsFile(appFile) },
    { path: 'lib/xks-stack.ts', content: printTsFile(stackFile) },
    { path: 'README.md', content: cdkReadme(context, stacks) },
  ];
}

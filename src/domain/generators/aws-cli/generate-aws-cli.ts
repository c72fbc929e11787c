/**
 * The AWS CLI export: one bash script that builds the whole external key store (for VPC
 * connectivity the load balancer and endpoint service first), plus a README. Every plan value
 * is assigned to a variable at the top of the script through the bash printer's quoting; values
 * the plan leaves out are empty there, and the script refuses to run until they are set.
 */
import type { Plan, PlannedKey } from '../../plan/plan-schema';
import {
  arrayElements,
  assign,
  assignArray,
  blank,
  command,
  comment,
  quiet,
  ref,
  run,
  unlessSet,
  variable,
  verbatim,
  word,
  type Command,
  type Statement,
  type Word,
  type WordInput,
} from '../bash/bash-syntax';
import { printBash } from '../bash/print-bash';
import {
  alarmThreshold,
  insightsQueryParts,
  plannedAlarms,
  type AlarmDefinition,
  type AlarmMeasure,
} from '../iac-model/alarms';
import { exportPlan, type ExportContext } from '../iac-model/export-plan';
import { networkModel, type NetworkModel } from '../iac-model/network';
import { existingEndpointServiceOf, plannedNonKmsPrincipals } from '../iac-model/topology';
import type { GeneratedFile } from '../types';
import { captureAwsValue, endpointHost } from './aws-commands';
import { awsCliReadme } from './readme';
import {
  cliChecks,
  commonFunctions,
  failFunction,
  connectAndWait,
  existingFunction,
  existingKeys,
  header,
  networkAwsFunction,
  readSecret,
  removeCredentialFile,
  reportMissing,
  timeouts,
  verificationRecord,
  verificationRecordUnlessVerified,
  verificationTimeout,
  waitForLoadBalancer,
  waitForVerification,
  writeCredentialFile,
} from './script-helpers';
import { awsCliScriptName, type AwsCliVariant } from './script-names';

/** A variable at the top of the script: the plan's value, or empty when the plan has none. */
interface Setting {
  readonly name: string;
  readonly description: string;
  readonly value: string | undefined;
  /** Whether the script refuses to run while the value is empty. */
  readonly required: boolean;
  /** Not plan data but a detail of where the script runs: taken from the environment. */
  readonly fromEnvironment?: boolean;
}

const notInPlan = 'Not in the plan: set it before running.';

function settingStatements(settings: readonly Setting[]): Statement[] {
  return settings.flatMap((setting) =>
    setting.fromEnvironment
      ? [
          comment(`${setting.description} Or set ${setting.name} in the environment.`),
          // The name is the generator's own; no plan data is involved.
          verbatim(`${setting.name}="\${${setting.name}:-}"`),
        ]
      : [
          comment(
            setting.value === undefined && setting.required
              ? `${setting.description} ${notInPlan}`
              : setting.description,
          ),
          assign(setting.name, setting.value ?? ''),
        ],
  );
}

function requireStatements(names: readonly { name: string; description: string }[]): Statement[] {
  return names.map(({ name, description }) => run(command(['require_value', name, description])));
}

function variantOf(plan: Plan): AwsCliVariant {
  const vpc = plan.keyStore?.XksProxyConnectivity === 'VPC_ENDPOINT_SERVICE';
  const owner = plan.keyStore?.XksProxyVpcEndpointServiceOwner;
  return {
    vpc,
    crossAccount: vpc && owner !== undefined && owner !== plan.accountId,
    existingService: vpc && existingEndpointServiceOf(plan) !== undefined,
  };
}

function storeSettings(plan: Plan, variant: AwsCliVariant): Setting[] {
  const keyStore = plan.keyStore ?? {};
  const privateDnsName = plan.endpointService?.privateDnsName;
  return [
    {
      name: 'REGION',
      description: 'AWS Region of the key store.',
      value: plan.region,
      required: true,
    },
    {
      name: 'ACCOUNT_ID',
      description: variant.crossAccount
        ? 'Account that owns the key store (the credentials this script runs with).'
        : 'Account that owns the key store; when set, the script checks its credentials are for it.',
      value: plan.accountId,
      required: variant.crossAccount,
    },
    {
      name: 'KEY_STORE_NAME',
      description: 'Name of the external key store (CustomKeyStoreName).',
      value: keyStore.CustomKeyStoreName,
      required: true,
    },
    {
      name: 'PROXY_URI_ENDPOINT',
      description: variant.vpc
        ? 'https:// and the private DNS name of the endpoint service (XksProxyUriEndpoint).'
        : 'https:// and the public host name of the proxy (XksProxyUriEndpoint).',
      value:
        keyStore.XksProxyUriEndpoint ??
        (variant.vpc && privateDnsName !== undefined ? `https://${privateDnsName}` : undefined),
      required: true,
    },
    {
      name: 'PROXY_URI_PATH',
      description: 'Base path of the proxy API, ending in /kms/xks/v1 (XksProxyUriPath).',
      value: keyStore.XksProxyUriPath ?? plan.proxy?.uriPath,
      required: true,
    },
    {
      name: 'PROXY_ACCESS_KEY_ID',
      description: 'Access key ID of the proxy credential (not secret; the secret is asked for).',
      value: keyStore.XksProxyAuthenticationCredential?.AccessKeyId,
      required: true,
    },
  ];
}

/** The load balancer, listener and target group the script creates when the plan names no service. */
function loadBalancerSettings(network: NetworkModel): Setting[] {
  const { targetGroup, listener } = network;
  const settings: Setting[] = [
    {
      name: 'VPC_ID',
      description: 'VPC of the network load balancer and its target group.',
      value: network.vpcId,
      required: true,
    },
    {
      name: 'LOAD_BALANCER_NAME',
      description: 'Name of the internal network load balancer.',
      value: network.loadBalancerName,
      required: true,
    },
    {
      name: 'LISTENER_PROTOCOL',
      description: 'Listener protocol: TCP passes TLS through to the proxy.',
      value: listener.protocol,
      required: true,
    },
    {
      name: 'LISTENER_PORT',
      description: 'Listener port (KMS connects on 443).',
      value: String(listener.port),
      required: true,
    },
  ];
  if (listener.protocol === 'TLS') {
    settings.push({
      name: 'LISTENER_CERTIFICATE_ARN',
      description: 'ACM certificate of the TLS listener, for the private DNS name.',
      value: listener.certificateArn,
      required: true,
    });
  }
  settings.push(
    {
      name: 'TARGET_GROUP_NAME',
      description: 'Name of the target group of the proxy instances.',
      value: targetGroup.name,
      required: true,
    },
    {
      name: 'TARGET_GROUP_PROTOCOL',
      description: 'Target group protocol.',
      value: targetGroup.protocol,
      required: true,
    },
    {
      name: 'TARGET_GROUP_PORT',
      description: 'Port the proxy instances listen on.',
      value: String(targetGroup.port),
      required: true,
    },
    {
      name: 'TARGETS_JSON',
      description: 'The proxy instances, as the --targets parameter of elbv2 register-targets.',
      value: targetsJson(network),
      required: true,
    },
  );
  return settings;
}

function networkSettings(plan: Plan, variant: AwsCliVariant): Setting[] {
  const endpointService = plan.endpointService ?? {};
  const settings: Setting[] = [
    {
      name: 'NETWORK_PROFILE',
      description: variant.crossAccount
        ? 'AWS CLI profile of the account that owns the VPC endpoint service (ENDPOINT_SERVICE_OWNER).'
        : 'AWS CLI profile for the network steps; empty means the same credentials as the rest.',
      value: undefined,
      required: variant.crossAccount,
      fromEnvironment: true,
    },
  ];
  const existing = existingEndpointServiceOf(plan);
  if (existing !== undefined) {
    settings.push({
      name: 'SERVICE_ID',
      description: 'ID of the existing VPC endpoint service the plan names (vpce-svc-...).',
      value: existing.serviceId,
      required: true,
    });
  } else {
    settings.push(...loadBalancerSettings(networkModel(plan)));
  }
  settings.push(
    {
      name: 'PRIVATE_DNS_NAME',
      description: 'Private DNS name of the VPC endpoint service.',
      value: endpointService.privateDnsName ?? endpointHost(plan.keyStore?.XksProxyUriEndpoint),
      required: true,
    },
    {
      name: 'VERIFICATION_DOMAIN',
      description:
        'Public domain that holds the TXT record proving the private DNS name is yours; empty means its parent domain.',
      value: endpointService.verificationDomain,
      required: false,
    },
    {
      name: 'PUBLIC_HOSTED_ZONE_ID',
      description:
        'Route 53 public hosted zone of that domain, to create the TXT record; empty means you create it yourself.',
      value: undefined,
      required: false,
      fromEnvironment: true,
    },
  );
  if (variant.crossAccount) {
    settings.push({
      name: 'ENDPOINT_SERVICE_OWNER',
      description: 'Account that owns the VPC endpoint service (XksProxyVpcEndpointServiceOwner).',
      value: plan.keyStore?.XksProxyVpcEndpointServiceOwner,
      required: true,
    });
  }
  return settings;
}

/** The register-targets parameter as JSON; the bash printer quotes the whole document. */
function targetsJson(network: NetworkModel): string | undefined {
  // A target on the group's port leaves it out, so it follows TARGET_GROUP_PORT if that is edited.
  const targets = network.targets.map((target) => ({
    Id: target.ipAddress,
    ...(target.port === network.targetGroup.port ? {} : { Port: target.port }),
    ...(target.availabilityZone === undefined ? {} : { AvailabilityZone: target.availabilityZone }),
  }));
  return targets.length === 0 ? undefined : JSON.stringify(targets);
}

/**
 * KMS's service principal of the Region, then exactly the plan's other principals (least
 * privilege: nothing is added for a cross-account store; a plan that allows no principal of the
 * store account has the error finding of vpc-endpoint-service-allows-store-account).
 */
function allowedPrincipals(plan: Plan): Word[] {
  return [
    word('cks.kms.', variable('REGION'), '.amazonaws.com'),
    ...plannedNonKmsPrincipals(plan).map((text) => word(text)),
  ];
}

const quietly = (value: Command): Statement => run(quiet(value));

/** The service name KMS needs, read from the service's ID. */
const captureServiceName: Statement = captureAwsValue(
  'SERVICE_NAME',
  command(
    ['network_aws', 'ec2', 'describe-vpc-endpoint-service-configurations'],
    ['--service-ids', ref('SERVICE_ID')],
  ),
  'ServiceConfigurations[0].ServiceName',
);

/** The endpoint service the plan names: its name for the key store, and its verified DNS name. */
const existingServiceSteps: Statement[] = [
  run(command(['step', 'Using the existing VPC endpoint service the plan names'])),
  captureServiceName,
  run(command(['printf', 'Endpoint service %s (%s)\\n', ref('SERVICE_ID'), ref('SERVICE_NAME')])),
  blank,
  run(command(['step', 'Checking that its private DNS name is verified'])),
  verificationRecordUnlessVerified,
  waitForVerification,
];

function networkSteps(plan: Plan): Statement[] {
  if (existingEndpointServiceOf(plan) !== undefined) return existingServiceSteps;
  const network = networkModel(plan);
  const healthCheck = network.targetGroup.healthCheck ?? {};
  const tls = network.listener.protocol === 'TLS';
  return [
    run(command(['step', 'Creating the target group (or reusing it)'])),
    captureAwsValue(
      'TARGET_GROUP_ARN',
      command(
        ['existing', 'network_aws', 'elbv2', 'describe-target-groups'],
        ['--names', ref('TARGET_GROUP_NAME')],
      ),
      'TargetGroups[0].TargetGroupArn',
    ),
    unlessSet(
      'TARGET_GROUP_ARN',
      captureAwsValue(
        'TARGET_GROUP_ARN',
        command(
          ['network_aws', 'elbv2', 'create-target-group'],
          ['--name', ref('TARGET_GROUP_NAME')],
          ['--protocol', ref('TARGET_GROUP_PROTOCOL')],
          ['--port', ref('TARGET_GROUP_PORT')],
          ['--target-type', 'ip'],
          ['--ip-address-type', 'ipv4'],
          ['--vpc-id', ref('VPC_ID')],
          healthCheck.protocol === undefined
            ? []
            : ['--health-check-protocol', healthCheck.protocol],
          healthCheck.port === undefined ? [] : ['--health-check-port', String(healthCheck.port)],
          healthCheck.path === undefined ? [] : ['--health-check-path', healthCheck.path],
        ),
        'TargetGroups[0].TargetGroupArn',
      ),
    ),
    // Registering a registered target changes nothing.
    run(
      command(
        ['network_aws', 'elbv2', 'register-targets'],
        ['--target-group-arn', ref('TARGET_GROUP_ARN')],
        ['--targets', ref('TARGETS_JSON')],
      ),
    ),
    blank,
    run(command(['step', 'Creating the internal network load balancer (or reusing it)'])),
    captureAwsValue(
      'LOAD_BALANCER_ARN',
      command(
        ['existing', 'network_aws', 'elbv2', 'describe-load-balancers'],
        ['--names', ref('LOAD_BALANCER_NAME')],
      ),
      'LoadBalancers[0].LoadBalancerArn',
    ),
    unlessSet(
      'LOAD_BALANCER_ARN',
      captureAwsValue(
        'LOAD_BALANCER_ARN',
        command(
          ['network_aws', 'elbv2', 'create-load-balancer'],
          ['--name', ref('LOAD_BALANCER_NAME')],
          ['--type', 'network'],
          ['--scheme', 'internal'],
          ['--ip-address-type', 'ipv4'],
          ['--subnets', arrayElements('SUBNET_IDS')],
        ),
        'LoadBalancers[0].LoadBalancerArn',
      ),
    ),
    waitForLoadBalancer,
    captureAwsValue(
      'LISTENER_ARN',
      command(
        ['existing', 'network_aws', 'elbv2', 'describe-listeners'],
        ['--load-balancer-arn', ref('LOAD_BALANCER_ARN')],
      ),
      'Listeners[0].ListenerArn',
    ),
    unlessSet(
      'LISTENER_ARN',
      quietly(
        command(
          ['network_aws', 'elbv2', 'create-listener'],
          ['--load-balancer-arn', ref('LOAD_BALANCER_ARN')],
          ['--protocol', ref('LISTENER_PROTOCOL')],
          ['--port', ref('LISTENER_PORT')],
          tls
            ? ['--certificates', word('CertificateArn=', variable('LISTENER_CERTIFICATE_ARN'))]
            : [],
          ['--default-actions', word('Type=forward,TargetGroupArn=', variable('TARGET_GROUP_ARN'))],
        ),
      ),
    ),
    blank,
    run(command(['step', 'Creating the VPC endpoint service (or reusing it)'])),
    captureAwsValue(
      'SERVICE_ID',
      command(['existing', 'network_aws', 'ec2', 'describe-vpc-endpoint-service-configurations']),
      word(
        "ServiceConfigurations[?contains(NetworkLoadBalancerArns, '",
        variable('LOAD_BALANCER_ARN'),
        "')] | [0].ServiceId",
      ),
    ),
    unlessSet(
      'SERVICE_ID',
      captureAwsValue(
        'SERVICE_ID',
        command(
          ['network_aws', 'ec2', 'create-vpc-endpoint-service-configuration'],
          ['--network-load-balancer-arns', ref('LOAD_BALANCER_ARN')],
          ['--no-acceptance-required'],
          ['--private-dns-name', ref('PRIVATE_DNS_NAME')],
          ['--supported-ip-address-types', 'ipv4'],
        ),
        'ServiceConfiguration.ServiceId',
      ),
    ),
    captureServiceName,
    quietly(
      command(
        ['network_aws', 'ec2', 'modify-vpc-endpoint-service-permissions'],
        ['--service-id', ref('SERVICE_ID')],
        ['--add-allowed-principals', ...allowedPrincipals(plan)],
      ),
    ),
    run(command(['printf', 'Endpoint service %s (%s)\\n', ref('SERVICE_ID'), ref('SERVICE_NAME')])),
    blank,
    run(command(['step', 'Verifying the private DNS name'])),
    verificationRecord,
    waitForVerification,
  ];
}

function createKeyStore(variant: AwsCliVariant): Statement[] {
  return [
    run(command(['step', 'Creating the external key store (or reusing the one with its name)'])),
    captureAwsValue(
      'KEY_STORE_ID',
      command(
        ['existing', 'aws', 'kms', 'describe-custom-key-stores'],
        ['--custom-key-store-name', ref('KEY_STORE_NAME')],
      ),
      'CustomKeyStores[0].CustomKeyStoreId',
    ),
    unlessSet(
      'KEY_STORE_ID',
      writeCredentialFile,
      captureAwsValue(
        'KEY_STORE_ID',
        command(
          ['aws', 'kms', 'create-custom-key-store'],
          ['--custom-key-store-name', ref('KEY_STORE_NAME')],
          ['--custom-key-store-type', 'EXTERNAL_KEY_STORE'],
          ['--xks-proxy-connectivity', variant.vpc ? 'VPC_ENDPOINT_SERVICE' : 'PUBLIC_ENDPOINT'],
          ['--xks-proxy-uri-endpoint', ref('PROXY_URI_ENDPOINT')],
          ['--xks-proxy-uri-path', ref('PROXY_URI_PATH')],
          variant.vpc ? ['--xks-proxy-vpc-endpoint-service-name', ref('SERVICE_NAME')] : [],
          variant.crossAccount
            ? ['--xks-proxy-vpc-endpoint-service-owner', ref('ENDPOINT_SERVICE_OWNER')]
            : [],
          ['--cli-input-json', word('file://', variable('credential_file'))],
        ),
        'CustomKeyStoreId',
      ),
      removeCredentialFile,
    ),
    run(command(['printf', 'Key store %s\\n', ref('KEY_STORE_ID')])),
    blank,
    run(command(['step', 'Connecting the key store (this takes a few minutes)'])),
    connectAndWait,
  ];
}

const xksKeyIdVariable = (index: number) => `XKS_KEY_ID_${index + 1}`;
const keyIdVariable = (index: number) => `KEY_ID_${index + 1}`;

function keySteps(key: PlannedKey, index: number, total: number): Statement[] {
  const tags = key.Tags ?? [];
  const keyId = keyIdVariable(index);
  const statements: Statement[] = [
    blank,
    run(command(['step', `Creating KMS key ${index + 1} of ${total} (or reusing it)`])),
    // existingKeys (above) found the store's keys by XksKeyId; only the index is written here.
    verbatim(`${keyId}="\${existing_keys[$${xksKeyIdVariable(index)}]:-}"`),
    unlessSet(
      keyId,
      captureAwsValue(
        keyId,
        command(
          ['aws', 'kms', 'create-key'],
          ['--origin', 'EXTERNAL_KEY_STORE'],
          ['--custom-key-store-id', ref('KEY_STORE_ID')],
          ['--xks-key-id', ref(xksKeyIdVariable(index))],
          key.KeySpec === undefined ? [] : ['--key-spec', key.KeySpec],
          key.KeyUsage === undefined ? [] : ['--key-usage', key.KeyUsage],
          key.MultiRegion === true ? ['--multi-region'] : [],
          key.Description === undefined ? [] : ['--description', key.Description],
          tags.length === 0
            ? []
            : [
                '--tags',
                JSON.stringify(tags.map(({ TagKey, TagValue }) => ({ TagKey, TagValue }))),
              ],
        ),
        'KeyMetadata.KeyId',
      ),
    ),
    run(command(['printf', 'KMS key %s\\n', ref(keyId)])),
  ];
  if (key.AliasName !== undefined) {
    const aliasTarget = `ALIAS_TARGET_${index + 1}`;
    statements.push(
      captureAwsValue(
        aliasTarget,
        command(['existing', 'aws', 'kms', 'describe-key'], ['--key-id', key.AliasName]),
        'KeyMetadata.KeyId',
      ),
      unlessSet(
        aliasTarget,
        run(
          command(
            ['aws', 'kms', 'create-alias'],
            ['--alias-name', key.AliasName],
            ['--target-key-id', ref(keyId)],
          ),
        ),
      ),
    );
  }
  return statements;
}

/** AWS's recommended alarms and the plan's, the same set Terraform and CDK create (put = upsert). */
function alarmSteps(plan: Plan): Statement[] {
  const topicName = plan.operations?.snsTopicName ?? 'xks-alarms';
  const statements: Statement[] = [
    blank,
    run(command(['step', 'Creating the alarm topic and the CloudWatch alarms'])),
    // CreateTopic returns the existing topic of that name; AWS's managed key encrypts it.
    captureAwsValue(
      'ALARM_TOPIC_ARN',
      command(
        ['aws', 'sns', 'create-topic'],
        ['--name', topicName],
        ['--attributes', 'KmsMasterKeyId=alias/aws/sns'],
      ),
      'TopicArn',
    ),
  ];
  for (const definition of plannedAlarms(plan)) {
    const threshold = alarmThreshold(plan, definition);
    const { measure } = definition;
    const measureGroups: WordInput[][] =
      measure.kind === 'metric'
        ? [
            ['--namespace', 'AWS/KMS'],
            ['--metric-name', measure.metric],
            ['--statistic', measure.statistic],
            ['--period', String(definition.periodSeconds)],
            [
              '--dimensions',
              word('Name=CustomKeyStoreId,Value=', variable('KEY_STORE_ID')),
              ...(measure.dimensions ?? []).map(() =>
                word('Name=CertificateName,Value=', variable('PROXY_CERTIFICATE_NAME')),
              ),
            ],
          ]
        : [['--metrics', metricsQuery(measure, definition.periodSeconds)]];
    statements.push(
      run(
        command(
          ['aws', 'cloudwatch', 'put-metric-alarm'],
          [
            '--alarm-name',
            word(variable('KEY_STORE_ID'), `-${definition.resourceName.replace(/_/g, '-')}`),
          ],
          ['--alarm-description', definition.description],
          ['--comparison-operator', definition.comparison],
          [
            '--threshold',
            threshold === undefined ? ref(thresholdVariable(definition)) : String(threshold),
          ],
          ['--evaluation-periods', '1'],
          definition.treatMissingData === undefined
            ? []
            : ['--treat-missing-data', definition.treatMissingData],
          ['--alarm-actions', ref('ALARM_TOPIC_ARN')],
          ['--ok-actions', ref('ALARM_TOPIC_ARN')],
          ...measureGroups,
        ),
      ),
    );
  }
  return statements;
}

const thresholdVariable = (definition: AlarmDefinition) =>
  `${definition.resourceName.toUpperCase()}_ALARM_THRESHOLD`;

/** The --metrics JSON of a Metrics Insights alarm, with the store ID put in at run time. */
function metricsQuery(measure: AlarmMeasure & { kind: 'query' }, period: number): Word {
  const marker = '\u0000';
  const { before, after } = insightsQueryParts(measure);
  const json = JSON.stringify([
    { Id: 'q1', Expression: `${before}${marker}${after}`, Period: period, ReturnData: true },
  ]);
  const [head, tail] = json.split('\\u0000');
  return word(head!, variable('KEY_STORE_ID'), tail!);
}

/** The values the alarms need: the certificate name dimension, thresholds AWS gives none for. */
function alarmSettings(plan: Plan): Setting[] {
  const alarms = plannedAlarms(plan);
  const settings: Setting[] = [];
  if (
    alarms.some(
      (definition) => definition.measure.kind === 'metric' && definition.measure.dimensions,
    )
  ) {
    settings.push({
      name: 'PROXY_CERTIFICATE_NAME',
      description:
        'Subject common name of the proxy TLS certificate (the CertificateName dimension of its alarm).',
      value: plan.tls?.certificate?.subjectCommonName,
      required: true,
    });
  }
  for (const definition of alarms) {
    if (alarmThreshold(plan, definition) !== undefined) continue;
    settings.push({
      name: thresholdVariable(definition),
      description: `Threshold of the ${definition.resourceName.replace(/_/g, ' ')} alarm (AWS recommends none).`,
      value: undefined,
      required: true,
    });
  }
  return settings;
}

function buildScript(plan: Plan): Statement[] {
  const variant = variantOf(plan);
  const keys = plan.keys ?? [];
  const settings = [
    ...storeSettings(plan, variant),
    ...(variant.vpc ? networkSettings(plan, variant) : []),
    ...alarmSettings(plan),
  ];
  const keySettings: Setting[] = keys.map((key, index) => ({
    name: xksKeyIdVariable(index),
    description: `XksKeyId of KMS key ${index + 1}: the ID of its key in the external key manager.`,
    value: key.XksKeyId,
    required: true,
  }));
  const required = [...settings, ...keySettings].filter((setting) => setting.required);
  return [
    header,
    blank,
    comment('Values from the plan.'),
    ...settingStatements(settings),
    ...(variant.vpc && !variant.existingService
      ? [
          comment('Subnets of the load balancer, in at least two Availability Zones.'),
          assignArray(
            'SUBNET_IDS',
            networkModel(plan).subnets.map((subnet) => subnet.subnetId),
          ),
        ]
      : []),
    ...settingStatements(keySettings),
    blank,
    timeouts,
    ...(variant.vpc ? [verificationTimeout] : []),
    blank,
    failFunction,
    blank,
    commonFunctions,
    blank,
    existingFunction,
    blank,
    ...requireStatements(required),
    ...(variant.vpc && !variant.existingService
      ? [run(command(['require_value', 'SUBNET_IDS', 'Subnets of the load balancer.']))]
      : []),
    reportMissing,
    blank,
    cliChecks,
    readSecret,
    ...(variant.vpc ? [blank, networkAwsFunction, blank, ...networkSteps(plan)] : []),
    blank,
    ...createKeyStore(variant),
    ...(keys.length === 0 ? [] : [blank, existingKeys]),
    ...keys.flatMap((key, index) => keySteps(key, index, keys.length)),
    ...alarmSteps(plan),
    blank,
    run(command(['step', 'Done'])),
  ];
}

/** The script and its README, sorted by path. */
export function generateAwsCli(planned: Plan, given: ExportContext = {}): GeneratedFile[] {
  const { plan, overrides } = exportPlan(planned, given);
  const variant = variantOf(plan);
  return [
    { path: 'README.md', content: awsCliReadme(variant, overrides) },
    { path: awsCliScriptName, content: printBash({ statements: buildScript(plan) }) },
  ];
}

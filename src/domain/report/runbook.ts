/**
 * The rollout runbook: the steps to build the key store in order, each with its AWS CLI commands.
 * The commands are built with the bash syntax tree of the AWS CLI export and printed by its
 * printer, so every plan value is quoted the same way as in the exported script; values the plan
 * leaves out appear as <placeholders>, and the secret access key only as a variable.
 */
import { command, ref, run, word, variable, type Statement } from '../generators/bash/bash-syntax';
import { printBash } from '../generators/bash/print-bash';
import { captureAwsValue, endpointHost } from '../generators/aws-cli/aws-commands';
import { secretVariable } from '../generators/aws-cli/script-names';
import type { Plan } from '../plan/plan-schema';

export interface RunbookStep {
  readonly title: string;
  /** What the step does and what to look for, in a sentence or two. */
  readonly text: string;
  /** The commands as a bash snippet; empty when the step has none. */
  readonly commands: string;
}

const orPlaceholder = (value: string | undefined, placeholder: string) =>
  value === undefined || value === '' ? `<${placeholder}>` : value;

function print(statements: readonly Statement[]): string {
  try {
    return printBash({ statements });
  } catch {
    // A bash word cannot hold a NUL character; such a plan value is reported by the rules.
    return '# Not shown: a value in the plan holds a character a shell command cannot carry.\n';
  }
}

function publicNetwork(plan: Plan): RunbookStep {
  const host = orPlaceholder(endpointHost(plan.keyStore?.XksProxyUriEndpoint), 'proxy host name');
  const addresses = plan.publicEndpoint?.ipv4Addresses ?? [];
  return {
    title: 'Build the network',
    text: `Publish the proxy at ${host} on port 443${addresses.length ? ` (${addresses.join(', ')})` : ''} and allow TCP 443 from the internet in every firewall on the way. Then check that the host serves the whole certificate chain:`,
    commands: print([
      run(
        command(
          ['openssl', 's_client'],
          ['-connect', `${host}:443`],
          ['-servername', host],
          ['-showcerts'],
        ),
      ),
    ]),
  };
}

function vpcNetwork(plan: Plan, crossAccount: boolean): RunbookStep {
  const loadBalancer = plan.loadBalancer ?? {};
  const targetGroup = loadBalancer.targetGroup ?? {};
  const healthCheck = targetGroup.healthCheck ?? {};
  const listener = loadBalancer.listener ?? {};
  const subnets =
    loadBalancer.subnetIds && loadBalancer.subnetIds.length > 0
      ? loadBalancer.subnetIds
      : (plan.vpc?.subnets ?? []).flatMap((subnet) => subnet.subnetId ?? []);
  const targets = (targetGroup.targets ?? []).flatMap((target) =>
    target.ipAddress === undefined
      ? []
      : [`Id=${target.ipAddress}${target.port === undefined ? '' : `,Port=${target.port}`}`],
  );
  const principals = [`cks.kms.${orPlaceholder(plan.region, 'region')}.amazonaws.com`];
  if (crossAccount)
    principals.push(`arn:aws:iam::${orPlaceholder(plan.accountId, 'key store account')}:root`);
  const owner = plan.keyStore?.XksProxyVpcEndpointServiceOwner;
  return {
    title: 'Build the network',
    text: `Create the target group of the proxy instances, the internal network load balancer and the VPC endpoint service, and allow KMS to connect to it${crossAccount ? `. Run these with credentials of the account that owns the endpoint service (${owner})` : ''}.`,
    commands: print([
      captureAwsValue(
        'TARGET_GROUP_ARN',
        command(
          ['aws', 'elbv2', 'create-target-group'],
          ['--name', orPlaceholder(targetGroup.name, 'target group name')],
          ['--protocol', orPlaceholder(targetGroup.protocol, 'TCP or TLS')],
          ['--port', String(targetGroup.port ?? 443)],
          ['--target-type', targetGroup.targetType ?? 'ip'],
          ['--ip-address-type', 'ipv4'],
          ['--vpc-id', orPlaceholder(targetGroup.vpcId ?? plan.vpc?.vpcId, 'VPC ID')],
          healthCheck.protocol === undefined
            ? []
            : ['--health-check-protocol', healthCheck.protocol],
          healthCheck.port === undefined ? [] : ['--health-check-port', String(healthCheck.port)],
          healthCheck.path === undefined ? [] : ['--health-check-path', healthCheck.path],
        ),
        'TargetGroups[0].TargetGroupArn',
      ),
      run(
        command(
          ['aws', 'elbv2', 'register-targets'],
          ['--target-group-arn', ref('TARGET_GROUP_ARN')],
          ['--targets', ...(targets.length ? targets : ['Id=<proxy IP address>'])],
        ),
      ),
      captureAwsValue(
        'LOAD_BALANCER_ARN',
        command(
          ['aws', 'elbv2', 'create-load-balancer'],
          ['--name', orPlaceholder(loadBalancer.name, 'load balancer name')],
          ['--type', 'network'],
          ['--scheme', 'internal'],
          ['--ip-address-type', 'ipv4'],
          ['--subnets', ...(subnets.length ? subnets : ['<subnet ID>', '<subnet ID>'])],
        ),
        'LoadBalancers[0].LoadBalancerArn',
      ),
      run(
        command(
          ['aws', 'elbv2', 'wait', 'load-balancer-available'],
          ['--load-balancer-arns', ref('LOAD_BALANCER_ARN')],
        ),
      ),
      run(
        command(
          ['aws', 'elbv2', 'create-listener'],
          ['--load-balancer-arn', ref('LOAD_BALANCER_ARN')],
          ['--protocol', orPlaceholder(listener.protocol, 'TCP or TLS')],
          ['--port', String(listener.port ?? 443)],
          listener.protocol === 'TLS'
            ? [
                '--certificates',
                `CertificateArn=${orPlaceholder(listener.certificateArn, 'ACM certificate ARN')}`,
              ]
            : [],
          ['--default-actions', word('Type=forward,TargetGroupArn=', variable('TARGET_GROUP_ARN'))],
        ),
      ),
      captureAwsValue(
        'SERVICE_ID',
        command(
          ['aws', 'ec2', 'create-vpc-endpoint-service-configuration'],
          ['--network-load-balancer-arns', ref('LOAD_BALANCER_ARN')],
          ['--no-acceptance-required'],
          [
            '--private-dns-name',
            orPlaceholder(
              plan.endpointService?.privateDnsName ??
                endpointHost(plan.keyStore?.XksProxyUriEndpoint),
              'private DNS name',
            ),
          ],
          ['--supported-ip-address-types', 'ipv4'],
        ),
        'ServiceConfiguration.ServiceId',
      ),
      run(
        command(
          ['aws', 'ec2', 'modify-vpc-endpoint-service-permissions'],
          ['--service-id', ref('SERVICE_ID')],
          ['--add-allowed-principals', ...principals],
        ),
      ),
    ]),
  };
}

function verifyPrivateDnsName(plan: Plan): RunbookStep {
  const name = orPlaceholder(plan.endpointService?.privateDnsName, 'private DNS name');
  const domain = plan.endpointService?.verificationDomain;
  const describe = (query: string) =>
    run(
      command(
        ['aws', 'ec2', 'describe-vpc-endpoint-service-configurations'],
        ['--service-ids', ref('SERVICE_ID')],
        ['--query', query],
        ['--output', 'text'],
      ),
    );
  return {
    title: 'Verify the private DNS name',
    text: `Read the TXT record PrivateLink asks for, create it in the public DNS zone of ${domain ?? `the parent domain of ${name}`}, start the verification and repeat the last command until it shows verified.`,
    commands: print([
      describe('ServiceConfigurations[0].PrivateDnsNameConfiguration.[Name,Value]'),
      run(
        command(
          ['aws', 'ec2', 'start-vpc-endpoint-service-private-dns-verification'],
          ['--service-id', ref('SERVICE_ID')],
        ),
      ),
      describe('ServiceConfigurations[0].PrivateDnsNameConfiguration.State'),
    ]),
  };
}

function createStore(plan: Plan, vpc: boolean, crossAccount: boolean): RunbookStep {
  const keyStore = plan.keyStore ?? {};
  return {
    title: 'Create the external key store',
    text: `Set ${secretVariable} to the proxy's secret access key (it is never in the plan), then create the store in account ${orPlaceholder(plan.accountId, 'account')}, Region ${orPlaceholder(plan.region, 'region')}.`,
    commands: print([
      captureAwsValue(
        'KEY_STORE_ID',
        command(
          ['aws', 'kms', 'create-custom-key-store'],
          ['--custom-key-store-name', orPlaceholder(keyStore.CustomKeyStoreName, 'key store name')],
          ['--custom-key-store-type', 'EXTERNAL_KEY_STORE'],
          ['--xks-proxy-connectivity', vpc ? 'VPC_ENDPOINT_SERVICE' : 'PUBLIC_ENDPOINT'],
          [
            '--xks-proxy-uri-endpoint',
            orPlaceholder(keyStore.XksProxyUriEndpoint, 'https://proxy host'),
          ],
          [
            '--xks-proxy-uri-path',
            orPlaceholder(keyStore.XksProxyUriPath ?? plan.proxy?.uriPath, 'URI path'),
          ],
          vpc
            ? [
                '--xks-proxy-vpc-endpoint-service-name',
                orPlaceholder(keyStore.XksProxyVpcEndpointServiceName, 'endpoint service name'),
              ]
            : [],
          crossAccount
            ? [
                '--xks-proxy-vpc-endpoint-service-owner',
                orPlaceholder(keyStore.XksProxyVpcEndpointServiceOwner, 'endpoint service owner'),
              ]
            : [],
          [
            '--xks-proxy-authentication-credential',
            word(
              `AccessKeyId=${orPlaceholder(keyStore.XksProxyAuthenticationCredential?.AccessKeyId, 'access key ID')},RawSecretAccessKey=`,
              variable(secretVariable),
            ),
          ],
        ),
        'CustomKeyStoreId',
      ),
    ]),
  };
}

const connectStore: RunbookStep = {
  title: 'Connect and wait for CONNECTED',
  text: 'Connect the store, then repeat the second command until it shows CONNECTED (it takes a few minutes). FAILED shows a connection error code: see Troubleshooting below, fix the cause, disconnect and connect again.',
  commands: print([
    run(
      command(
        ['aws', 'kms', 'connect-custom-key-store'],
        ['--custom-key-store-id', ref('KEY_STORE_ID')],
      ),
    ),
    run(
      command(
        ['aws', 'kms', 'describe-custom-key-stores'],
        ['--custom-key-store-id', ref('KEY_STORE_ID')],
        ['--query', 'CustomKeyStores[0].[ConnectionState,ConnectionErrorCode]'],
        ['--output', 'text'],
      ),
    ),
  ]),
};

function createKeys(plan: Plan): RunbookStep {
  const keys = plan.keys ?? [];
  const planned = keys.length > 0 ? keys : [{ XksKeyId: undefined, AliasName: undefined }];
  return {
    title: 'Create the KMS keys',
    text:
      keys.length === 0
        ? 'The plan lists no keys yet: create each KMS key with the XksKeyId of its key in the external key manager, as below.'
        : `Create ${keys.length === 1 ? 'the KMS key' : `the ${keys.length} KMS keys`} of the plan, each backed by its key in the external key manager (XksKeyId).`,
    commands: print(
      planned.flatMap((key, index) => [
        captureAwsValue(
          `KEY_ID_${index + 1}`,
          command(
            ['aws', 'kms', 'create-key'],
            ['--origin', 'EXTERNAL_KEY_STORE'],
            ['--custom-key-store-id', ref('KEY_STORE_ID')],
            ['--xks-key-id', orPlaceholder(key.XksKeyId, 'XksKeyId')],
          ),
          'KeyMetadata.KeyId',
        ),
        ...(key.AliasName === undefined
          ? []
          : [
              run(
                command(
                  ['aws', 'kms', 'create-alias'],
                  ['--alias-name', key.AliasName],
                  ['--target-key-id', ref(`KEY_ID_${index + 1}`)],
                ),
              ),
            ]),
      ]),
    ),
  };
}

/** "hello XKS" in base64: the AWS CLI reads blob parameters as base64. */
const testPlaintext = 'aGVsbG8gWEtT';

const testEncryptDecrypt: RunbookStep = {
  title: 'Test an encrypt and decrypt',
  text: `Encrypt a test value with the first key and decrypt it: the last command prints ${testPlaintext} ("hello XKS" in base64). Both requests go through the proxy to the external key manager.`,
  commands: print([
    captureAwsValue(
      'CIPHERTEXT',
      command(
        ['aws', 'kms', 'encrypt'],
        ['--key-id', ref('KEY_ID_1')],
        ['--plaintext', testPlaintext],
      ),
      'CiphertextBlob',
    ),
    captureAwsValue(
      'PLAINTEXT',
      command(['aws', 'kms', 'decrypt'], ['--ciphertext-blob', ref('CIPHERTEXT')]),
      'Plaintext',
    ),
    run(command(['echo', ref('PLAINTEXT')])),
  ]),
};

/** The runbook of a plan: network (and for VPC connectivity the private DNS name) first. */
export function buildRunbook(plan: Plan): readonly RunbookStep[] {
  const vpc = plan.keyStore?.XksProxyConnectivity === 'VPC_ENDPOINT_SERVICE';
  const owner = plan.keyStore?.XksProxyVpcEndpointServiceOwner;
  const crossAccount = vpc && owner !== undefined && owner !== plan.accountId;
  return [
    vpc ? vpcNetwork(plan, crossAccount) : publicNetwork(plan),
    ...(vpc ? [verifyPrivateDnsName(plan)] : []),
    createStore(plan, vpc, crossAccount),
    connectStore,
    createKeys(plan),
    testEncryptDecrypt,
  ];
}

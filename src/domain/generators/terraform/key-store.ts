/**
 * The external key store, its KMS keys and aliases, and the AWS CLI steps the provider cannot
 * express (hashicorp/aws never calls ConnectCustomKeyStore and has no argument for
 * XksProxyVpcEndpointServiceOwner). The CLI commands read every value from `terraform output`,
 * so no plan text is ever pasted into a shell command.
 */
import type { PlannedKey } from '../../plan/plan-schema';
import {
  attr,
  block,
  bool,
  call,
  comment,
  list,
  nullValue,
  object,
  ref,
  str,
  template,
  type BodyItem,
  type Expression,
} from '../hcl/syntax';
import { kmsStringShapes } from '../../aws/kms-api-formats';
import { names, type TerraformContext } from './context';
import { shapeValidation } from './variables';
import { endpointServiceAttribute, networkDependencies } from './networking';
import { plannedKeyTags } from '../iac-model/resource-tags';

const output = (name: string) => `"$(terraform output -raw ${name})"`;
const region = `--region=${output('region')}`;

export const cliCommands = {
  create: [
    'aws kms create-custom-key-store',
    `  ${region}`,
    `  --custom-key-store-name=${output('custom_key_store_name')}`,
    '  --custom-key-store-type=EXTERNAL_KEY_STORE',
    '  --xks-proxy-connectivity=VPC_ENDPOINT_SERVICE',
    `  --xks-proxy-uri-endpoint=${output('xks_proxy_uri_endpoint')}`,
    `  --xks-proxy-uri-path=${output('xks_proxy_uri_path')}`,
    `  --xks-proxy-vpc-endpoint-service-name=${output('vpc_endpoint_service_name')}`,
    `  --xks-proxy-vpc-endpoint-service-owner=${output('vpc_endpoint_service_owner')}`,
    `  --xks-proxy-authentication-credential="AccessKeyId=$(terraform output -raw xks_proxy_access_key_id),RawSecretAccessKey=$XKS_PROXY_SECRET_ACCESS_KEY"`,
    `  --query=CustomKeyStoreId --output=text`,
  ],
  connect: [
    `aws kms connect-custom-key-store ${region} --custom-key-store-id=${output('custom_key_store_id')}`,
  ],
  describe: [
    `aws kms describe-custom-key-stores ${region} --custom-key-store-id=${output('custom_key_store_id')} --query='CustomKeyStores[0].[ConnectionState,ConnectionErrorCode]' --output=text`,
  ],
} as const;

/** Joins a multi-line command with shell line continuations. */
export function shellCommand(lines: readonly string[]): string[] {
  return lines.map((line, index) => (index < lines.length - 1 ? `${line} \\` : line));
}

const credential = block(
  'xks_proxy_authentication_credential',
  [],
  [
    attr('access_key_id', ref('var', 'xks_proxy_access_key_id')),
    attr('raw_secret_access_key', ref('var', 'xks_proxy_secret_access_key')),
  ],
);

export function storeName(context: TerraformContext): Expression {
  return context.variables.stringOr(
    context.plan.keyStore?.CustomKeyStoreName,
    'custom_key_store_name',
    'Name of the external key store, unique in the account and Region.',
  );
}

export function uriPath(context: TerraformContext): Expression {
  return context.variables.stringInput(
    context.plan.keyStore?.XksProxyUriPath,
    'xks_proxy_uri_path',
    'Base path of the proxy API: an optional prefix followed by /kms/xks/v1.',
    shapeValidation('xks_proxy_uri_path', kmsStringShapes.XksProxyUriPathType),
  );
}

export function uriEndpoint(context: TerraformContext): Expression {
  if (context.connectivity === 'VPC_ENDPOINT_SERVICE') {
    // KMS requires https:// and exactly the endpoint service's private DNS name.
    return template('https://', endpointServiceAttribute(context, 'private_dns_name'));
  }
  return context.variables.stringInput(
    context.plan.keyStore?.XksProxyUriEndpoint,
    'xks_proxy_uri_endpoint',
    'https:// and the public host name of the proxy, without port or path.',
    shapeValidation('xks_proxy_uri_endpoint', kmsStringShapes.XksProxyUriEndpointType),
  );
}

export function keyStoreItems(context: TerraformContext): BodyItem[] {
  if (context.endpointServiceOwner !== undefined) {
    return [
      comment(
        'The key store is NOT created here: its VPC endpoint service belongs to another account',
        '(var.vpc_endpoint_service_owner), and hashicorp/aws has no argument for',
        'XksProxyVpcEndpointServiceOwner. After the first apply, create it with the AWS CLI:',
        '',
        ...shellCommand(cliCommands.create),
        '',
        'then connect it and set custom_key_store_id (see README.md).',
      ),
      block('locals', [], [attr('custom_key_store_id', ref('var', 'custom_key_store_id'))]),
    ];
  }
  const body: BodyItem[] = [
    attr('custom_key_store_name', storeName(context)),
    attr('custom_key_store_type', str('EXTERNAL_KEY_STORE')),
    attr('xks_proxy_connectivity', str(context.connectivity)),
    attr('xks_proxy_uri_endpoint', uriEndpoint(context)),
    attr('xks_proxy_uri_path', uriPath(context)),
  ];
  if (context.connectivity === 'VPC_ENDPOINT_SERVICE') {
    body.push(
      attr(
        'xks_proxy_vpc_endpoint_service_name',
        endpointServiceAttribute(context, 'service_name'),
      ),
    );
  }
  body.push(
    comment('The secret comes from a sensitive variable, but it is stored in the Terraform state.'),
    credential,
  );
  if (context.connectivity === 'VPC_ENDPOINT_SERVICE' && context.existingService === undefined) {
    body.push(attr('depends_on', list(networkDependencies)));
  }
  return [
    comment(
      'hashicorp/aws creates the store but never connects it. Connect it after this apply (or set',
      'connect_key_store = true to let terraform_data.connect_key_store do it):',
      ...cliCommands.connect,
      'wait until this prints CONNECTED, then apply again with key_store_connected = true:',
      ...cliCommands.describe,
    ),
    block('resource', ['aws_kms_custom_key_store', names.store], body),
    block(
      'locals',
      [],
      [attr('custom_key_store_id', ref('aws_kms_custom_key_store', names.store, 'id'))],
    ),
  ];
}

const slugPattern = /[^a-z0-9]+/g;

/**
 * Terraform names for the planned keys: readable, unique, always valid identifiers, never the
 * name of the alarm topic's key (alarms.ts), which is an aws_kms_key too.
 */
export function keyResourceNames(keys: readonly PlannedKey[]): string[] {
  const used = new Set<string>([names.alarmTopic]);
  return keys.map((key, index) => {
    const source = key.AliasName?.replace(/^alias\//, '') ?? key.XksKeyId ?? '';
    const slug = source
      .toLowerCase()
      .replace(slugPattern, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 48);
    const base = /^[a-z]/.test(slug) ? slug : `key_${index + 1}${slug === '' ? '' : `_${slug}`}`;
    let name = base;
    for (let suffix = 2; used.has(name); suffix++) name = `${base}_${suffix}`;
    used.add(name);
    return name;
  });
}

function tags(key: PlannedKey): Expression | undefined {
  const entries = plannedKeyTags(key);
  if (entries.length === 0) return undefined;
  return object(entries.map(([tagKey, value]) => [tagKey, str(value)] as const));
}

export function kmsKeyItems(context: TerraformContext): BodyItem[] {
  const keys = context.plan.keys ?? [];
  const resourceNames = keyResourceNames(keys);
  const items: BodyItem[] = [];
  keys.forEach((key, index) => {
    const name = resourceNames[index]!;
    const body: BodyItem[] = [
      attr('count', context.keysCount),
      attr('custom_key_store_id', context.customKeyStoreId),
      attr(
        'xks_key_id',
        context.variables.stringInput(
          key.XksKeyId,
          `${name}_xks_key_id`,
          `ID of the external key behind KMS key ${index + 1} in the external key manager.`,
          shapeValidation(`${name}_xks_key_id`, kmsStringShapes.XksKeyIdType),
        ),
      ),
      // Keys in an external key store are symmetric encryption keys, single-Region, not rotated.
      attr('key_usage', str('ENCRYPT_DECRYPT')),
      attr('customer_master_key_spec', str('SYMMETRIC_DEFAULT')),
    ];
    if (key.Description !== undefined) body.push(attr('description', str(key.Description)));
    body.push(attr('policy', ref('local', 'key_policy')));
    const keyTags = tags(key);
    if (keyTags) body.push(attr('tags', keyTags));
    // With connect_key_store, the keys wait for the connection in the same apply.
    body.push(attr('depends_on', list([ref('terraform_data', names.connect)])));
    // Deleting a key in an external key store is a scheduled, manual step (see README.md).
    body.push(block('lifecycle', [], [attr('prevent_destroy', bool(true))]));
    items.push(block('resource', ['aws_kms_key', name], body));
    if (key.AliasName !== undefined) {
      items.push(
        block(
          'resource',
          ['aws_kms_alias', name],
          [
            attr('count', context.keysCount),
            attr('name', str(key.AliasName)),
            attr('target_key_id', ref('aws_kms_key', name, 0, 'key_id')),
          ],
        ),
      );
    }
  });
  return items;
}

/** `{ <resource name> = ARN or null }` for the outputs. */
export function keyArns(context: TerraformContext): Expression {
  const keys = context.plan.keys ?? [];
  return object(
    keyResourceNames(keys).map(
      (name) => [name, call('try', ref('aws_kms_key', name, 0, 'arn'), nullValue)] as const,
    ),
  );
}

/**
 * What the Terraform export derives from a plan before printing anything: the connectivity, the
 * cross-account case, the variables, and the expressions every part refers to.
 */
import type { Plan } from '../../plan/plan-schema';
import {
  binary,
  bool,
  call,
  conditional,
  num,
  nullValue,
  ref,
  str,
  type Expression,
} from '../hcl/syntax';
import {
  connectivityOf,
  endpointServiceOwnerOf,
  existingEndpointServiceOf,
  type ExistingEndpointService,
  type IacConnectivity,
} from '../iac-model/topology';
import type { ExportOverride } from '../iac-model/export-plan';
import { networkModel, type NetworkModel } from '../iac-model/network';
import { kmsStringShapes } from '../../aws/kms-api-formats';
import { patternValidation, shapeValidation, Variables } from './variables';

export type TerraformConnectivity = IacConnectivity;

export interface TerraformContext {
  /** The plan as every export builds it (iac-model/export-plan.ts). */
  readonly plan: Plan;
  /** Where that differs from the plan as stated. */
  readonly overrides: readonly ExportOverride[];
  readonly variables: Variables;
  readonly connectivity: TerraformConnectivity;
  /** The account that owns the VPC endpoint service, when it is not the key store's account. */
  readonly endpointServiceOwner: string | undefined;
  /** The endpoint service the plan names: referenced, and no network is built for it. */
  readonly existingService: ExistingEndpointService | undefined;
  /** The load balancer side of VPC endpoint service connectivity, as every export builds it. */
  readonly network: NetworkModel;
  /** `aws.endpoint_service_owner` for the endpoint-service side of a cross-account plan. */
  readonly networkProvider: Expression | undefined;
  /** `local.custom_key_store_id`. */
  readonly customKeyStoreId: Expression;
  /** `count` of everything that needs the store's ID (cross-account: known only after the CLI). */
  readonly storeCount: Expression | undefined;
  /** `count` of the KMS keys and aliases: they need a CONNECTED store. */
  readonly keysCount: Expression;
}

/** `var.vpc_endpoint_service_owner`: the account ID of a cross-account endpoint service. */
export function endpointServiceOwnerId(context: TerraformContext): Expression {
  return context.variables.stringInput(
    context.endpointServiceOwner,
    'vpc_endpoint_service_owner',
    'Account ID that owns the VPC endpoint service (XksProxyVpcEndpointServiceOwner).',
    shapeValidation('vpc_endpoint_service_owner', kmsStringShapes.AccountIdType),
  );
}

export const names = {
  store: 'xks',
  network: 'xks_proxy',
  kmsPrincipal: 'kms',
  verificationZone: 'verification',
  verificationRecord: 'private_dns_verification',
  alarmTopic: 'xks_alarms',
  ownerProvider: 'endpoint_service_owner',
  connect: 'connect_key_store',
} as const;

/** Region codes as AWS writes them: eu-west-1, us-gov-west-1, eusc-de-east-1. */
const regionPattern = '^[a-z]{2,4}(-[a-z]+)+-[0-9]+$';

/** The secret's format in the KMS API model (XksProxyAuthenticationRawSecretAccessKeyType). */
const secretPattern = '^[A-Za-z0-9/+=]{43,64}$';

function declareCommonVariables(plan: Plan, variables: Variables, withSecret: boolean): void {
  variables.stringInput(
    plan.region,
    'region',
    'AWS Region of the external key store.',
    patternValidation('region', regionPattern, 'an AWS Region code such as eu-west-1'),
  );
  variables.stringInput(
    plan.keyStore?.XksProxyAuthenticationCredential?.AccessKeyId,
    'xks_proxy_access_key_id',
    'Access key ID of the proxy authentication credential (not secret).',
    shapeValidation(
      'xks_proxy_access_key_id',
      kmsStringShapes.XksProxyAuthenticationAccessKeyIdType,
    ),
  );
  if (!withSecret) return;
  const secret = ref('var', 'xks_proxy_secret_access_key');
  variables.declare({
    name: 'xks_proxy_secret_access_key',
    type: 'string',
    description:
      'Secret access key of the proxy authentication credential. Pass it as the environment variable TF_VAR_xks_proxy_secret_access_key; never write it into a .tfvars file.',
    sensitive: true,
    validation: {
      condition: call('can', call('regex', str(secretPattern), secret)),
      message: 'The secret access key is 43 to 64 characters of A-Z, a-z, 0-9, /, + and =.',
    },
  });
}

export function terraformContext(
  plan: Plan,
  overrides: readonly ExportOverride[],
): TerraformContext {
  const variables = new Variables();
  const connectivity = connectivityOf(plan);
  const endpointServiceOwner = endpointServiceOwnerOf(plan);
  const existingService = existingEndpointServiceOf(plan);
  const network = networkModel(plan);
  // Cross-account, the AWS CLI creates the store: the secret never passes through Terraform.
  declareCommonVariables(plan, variables, endpointServiceOwner === undefined);
  const connected = variables.declare({
    name: 'key_store_connected',
    type: 'bool',
    description:
      'Set to true after the key store is CONNECTED (see README.md): KMS can create keys in an external key store only while it is connected.',
    default: bool(false),
  });
  const connect = variables.declare({
    name: 'connect_key_store',
    type: 'bool',
    description:
      'Set to true to let Terraform connect the key store after creating it and create the KMS keys in the same apply (connect-key-store.sh; it needs the AWS CLI and credentials allowed kms:ConnectCustomKeyStore and kms:DescribeCustomKeyStores).',
    default: bool(false),
  });
  const keysWanted = binary(connected, '||', connect);
  const count = (condition: Expression) => conditional(condition, num(1), num(0));
  if (endpointServiceOwner === undefined) {
    return {
      plan,
      overrides,
      variables,
      connectivity,
      endpointServiceOwner,
      existingService,
      network,
      networkProvider: undefined,
      customKeyStoreId: ref('local', 'custom_key_store_id'),
      storeCount: undefined,
      keysCount: count(keysWanted),
    };
  }
  const storeId = variables.declare({
    name: 'custom_key_store_id',
    type: 'string',
    description:
      'ID (cks-...) of the key store created with the AWS CLI (see README.md): the provider cannot create a store whose VPC endpoint service is in another account.',
    default: nullValue,
  });
  const storeKnown = binary(storeId, '!=', nullValue);
  return {
    plan,
    overrides,
    variables,
    connectivity,
    endpointServiceOwner,
    existingService,
    network,
    // An existing service in the other account needs nothing there: no provider for it.
    networkProvider: existingService === undefined ? ref('aws', names.ownerProvider) : undefined,
    customKeyStoreId: ref('local', 'custom_key_store_id'),
    storeCount: count(storeKnown),
    keysCount: count(binary(storeKnown, '&&', keysWanted)),
  };
}

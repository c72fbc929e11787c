/**
 * README.md of a Terraform export: how to apply it in the order AWS needs, how to keep the proxy
 * secret out of files and protect the state that holds it, and the steps the provider cannot do.
 * Commands read values from `terraform output`, never from plan text.
 */
import { overridesMarkdown } from '../iac-model/export-plan';
import { markdownInline as inline } from '../iac-model/markdown';
import { plannedAlarms } from './alarms';
import type { TerraformContext } from './context';
import { cliCommands, shellCommand } from './key-store';
import { lockedPlatforms } from './lock-file';
import { terraformProviderLock } from '../../aws/terraform-provider-lock';

const fence = (lines: readonly string[]) => ['```sh', ...lines, '```'];

const readSecret = (name: string) => [
  `read -rs -p "XKS proxy secret access key: " ${name} && export ${name}`,
];

function applySteps(context: TerraformContext): string[] {
  const secret = readSecret('TF_VAR_xks_proxy_secret_access_key');
  const connect = [
    ...cliCommands.connect,
    '# repeat until it prints CONNECTED (FAILED: see the ConnectionErrorCode next to it)',
    ...cliCommands.describe,
  ];
  if (context.endpointServiceOwner === undefined) {
    return [
      '1. Give Terraform the secret through the environment (it never touches a file):',
      '',
      ...fence(secret),
      '',
      context.existingService === undefined
        ? '2. Create the load balancing, endpoint service and key store (the store stays DISCONNECTED):'
        : '2. Create the key store on the existing endpoint service (the store stays DISCONNECTED):',
      '',
      ...fence(['terraform init', 'terraform apply']),
      '',
      '3. Connect the key store; the provider has no connect step:',
      '',
      ...fence(connect),
      '',
      '4. Create the KMS keys and aliases, which need a CONNECTED store. Record that in',
      '   `terraform.tfvars` (not secret, keep it): with `false`, a later apply would try to',
      '   remove the keys, which `prevent_destroy` refuses.',
      '',
      ...fence(["echo 'key_store_connected = true' >> terraform.tfvars", 'terraform apply']),
    ];
  }
  return [
    '1. Keep the secret in the environment for the AWS CLI (it never touches a file):',
    '',
    ...fence(readSecret('XKS_PROXY_SECRET_ACCESS_KEY')),
    '',
    ...(context.existingService === undefined
      ? [
          `2. Create the load balancing and the endpoint service in account ${context.endpointServiceOwner} (through`,
          '   the role in `endpoint_service_owner_role_arn`) and the alarm topic:',
        ]
      : ['2. Create the alarm topic (the endpoint service exists):']),
    '',
    ...fence(['terraform init', 'terraform apply']),
    '',
    '3. Create the key store with the AWS CLI (a version released after 2025-10-30, which knows',
    '   `--xks-proxy-vpc-endpoint-service-owner`) and record its ID in `terraform.tfvars`:',
    '',
    ...fence([
      ...shellCommand([`CKS_ID=$(${cliCommands.create[0]}`, ...cliCommands.create.slice(1)]).map(
        (line, index, lines) => (index === lines.length - 1 ? `${line})` : line),
      ),
      `echo "custom_key_store_id = \\"$CKS_ID\\"" >> terraform.tfvars`,
      'terraform apply',
    ]),
    '',
    '4. Connect the key store:',
    '',
    ...fence(connect),
    '',
    '5. Create the KMS keys and aliases, which need a CONNECTED store:',
    '',
    ...fence(["echo 'key_store_connected = true' >> terraform.tfvars", 'terraform apply']),
  ];
}

/** The optional automated connect step (connect-step.ts). */
function connectSection(context: TerraformContext): string[] {
  const crossAccount = context.endpointServiceOwner !== undefined;
  return [
    '## Connecting with Terraform (optional, off by default)',
    '',
    'Instead of running the connect commands by hand, set `connect_key_store = true` (in',
    '`terraform.tfvars` or with `-var`). Then, once the key store exists' +
      (crossAccount ? ' (`custom_key_store_id` is set)' : '') +
      ' and everything KMS reaches the',
    'proxy through has been created, `terraform apply` runs `connect-key-store.sh`: it calls',
    '`aws kms connect-custom-key-store`, waits until `aws kms describe-custom-key-stores` says',
    '`CONNECTED` (polling every `POLL_INTERVAL_SECONDS`, 30, for up to `CONNECT_TIMEOUT_SECONDS`,',
    '1800) and fails naming the `ConnectionErrorCode` if the connection fails. The KMS keys wait for',
    'it, so one apply creates, connects and fills the store. It needs the AWS CLI on the machine',
    'that runs Terraform, with credentials allowed `kms:ConnectCustomKeyStore` and',
    '`kms:DescribeCustomKeyStores`. It runs again only when the store is replaced; to reconnect',
    'by hand, run `REGION=... KEY_STORE_ID=cks-... bash connect-key-store.sh`.',
  ];
}

function secretSection(context: TerraformContext): string[] {
  if (context.endpointServiceOwner !== undefined) {
    return [
      '## The proxy secret',
      '',
      'Terraform never sees the secret here: the AWS CLI creates the key store (step 3) and reads',
      'the secret from `XKS_PROXY_SECRET_ACCESS_KEY`. A command line is visible to other processes',
      'on the machine while it runs; on a shared host, put the request in a file only you can read',
      'and pass it with `--cli-input-json file://...`, then delete the file.',
    ];
  }
  return [
    '## The proxy secret ends up in the Terraform state',
    '',
    '`xks_proxy_secret_access_key` is a sensitive variable, so Terraform hides it in plans and logs,',
    'but the provider stores `raw_secret_access_key` in the state in plain text. Therefore:',
    '',
    '- keep the state in an encrypted remote backend (for example S3 with SSE-KMS and a',
    '  DynamoDB or S3 lock) that only the people and pipelines who apply this code can read;',
    '- pass the secret as `TF_VAR_xks_proxy_secret_access_key` from the environment or your',
    '  secret manager; never write it into a `.tfvars` file and never commit one that holds it;',
    '- rotate the credential on the proxy and in KMS if the state was ever exposed.',
  ];
}

/** The existing endpoint service: what is read instead of built, and what must hold first. */
function existingServiceLines(context: TerraformContext): string[] {
  const existing = context.existingService!;
  const state = context.plan.endpointService?.domainVerificationState;
  return [
    `- no networking: the plan names the existing VPC endpoint service \`${existing.serviceId}\``,
    context.endpointServiceOwner === undefined
      ? '  (read with the `aws_vpc_endpoint_service` data source: planning fails if it does not exist).'
      : `  of account ${context.endpointServiceOwner} (used by its name).`,
    '  Its load balancer, target group, listener, allowed principals and private DNS name stay as',
    '  they are. Its private DNS name must be verified before the store is created (the plan says:',
    `  ${state ?? 'not stated'}); check with`,
    `  \`aws ec2 describe-vpc-endpoint-service-configurations --service-ids ${existing.serviceId}\`;`,
  ];
}

export function terraformReadme(context: TerraformContext): string {
  const { plan } = context;
  const title = plan.title === undefined ? '' : inline(plan.title);
  const vpc = context.connectivity === 'VPC_ENDPOINT_SERVICE';
  const keys = plan.keys?.length ?? 0;
  const alarms = plannedAlarms(context).length;
  const required = context.variables.required.filter(
    (name) => name !== 'xks_proxy_secret_access_key',
  );
  const lines = [
    `# Terraform for an AWS KMS external key store${title === '' ? '' : `: ${title}`}`,
    '',
    'Generated by XKS Planner. It needs Terraform 1.5 or later and the hashicorp/aws provider',
    '5.84.0 or later (the first release whose `aws_kms_custom_key_store` supports external key',
    'stores), and the AWS CLI for the steps the provider cannot do.',
    '',
    '## What it creates',
    '',
    ...(context.existingService !== undefined
      ? existingServiceLines(context)
      : vpc
        ? [
            '- an internal network load balancer with deletion protection and a security group (its',
            '  inbound rules do not apply to the PrivateLink traffic from KMS; your proxy targets may',
            '  allow the group by its ID), a TCP/TLS listener on port 443, a target group of IP targets',
            '  (the proxy instances) and their attachments;',
            '- a VPC endpoint service without acceptance and with the private DNS name, the principal',
            '  `cks.kms.<region>.amazonaws.com` and exactly the other principals the plan lists (nothing more),',
            '  the Route 53 TXT record that proves the name, and the verification;',
          ]
        : ['- no networking: KMS reaches the proxy over the internet (public endpoint);']),
    context.endpointServiceOwner === undefined
      ? `- the external key store (${context.connectivity}) and ${keys} KMS key(s) with their aliases;`
      : `- ${keys} KMS key(s) with their aliases in the key store that the AWS CLI creates (step 3);`,
    ...(keys > 0
      ? [
          "  each key has KMS's default policy written out (`local.key_policy`), to extend on review;",
        ]
      : []),
    `- an SNS topic and ${alarms} CloudWatch alarm(s) on the store's metrics; the topic is encrypted`,
    '  with its own KMS key, whose policy lets CloudWatch publish (the AWS managed key',
    '  `alias/aws/sns` does not).',
    '',
    'Every resource carries the tags `managed-by = xks-planner` and `xks-key-store = <store name>`',
    "(the provider's `default_tags`).",
    '',
    ...secretSection(context),
    '',
    '## Where the state lives',
    '',
    '`backend.tf.example` is an S3 backend with encryption and locking; Terraform ignores it until',
    'you copy it to `backend.tf` and set the bucket. Without it the state stays in a local file.',
    '',
    '## The provider lock file',
    '',
    `\`.terraform.lock.hcl\` pins hashicorp/aws ${terraformProviderLock.version}, the release this export was`,
    `tested with, by its checksums for ${lockedPlatforms.join(', ')}: \`terraform init\` installs exactly`,
    'that build and refuses one whose checksum differs. Commit it. To run Terraform on other',
    'platforms too, add their checksums before the first `init` there, for example:',
    '',
    ...fence([
      'terraform providers lock -platform=linux_amd64 -platform=linux_arm64 -platform=darwin_arm64 -platform=windows_amd64',
    ]),
    '',
    'To move to a newer provider release, run `terraform init -upgrade` and review the change.',
    '',
    '## Variables and terraform.tfvars',
    '',
    'Every ID and address (Region, VPC, subnets, proxy targets, endpoint service, certificate,',
    'URI endpoint and path, principals, external key IDs) is a typed variable in `variables.tf`,',
    'checked against the format AWS documents where there is one. `terraform.tfvars` holds the',
    'values the plan states; Terraform reads it on every `plan` and `apply`. It holds no secret,',
    'so it can be committed; the proxy secret access key never goes into it.',
    '',
    ...(required.length === 0
      ? ['The plan states every value; only the secret is needed.']
      : [
          'The plan leaves these unstated; set them in `terraform.tfvars` (each has a commented line',
          'there; none of them is secret):',
          '',
          ...required.map((name) => `- \`${name}\``),
        ]),
    '',
    '## Apply',
    '',
    ...applySteps(context),
    '',
    ...connectSection(context),
    '',
    '## What the provider cannot do',
    '',
    '- **Connect the key store.** hashicorp/aws never calls `ConnectCustomKeyStore`; run',
    '  `aws kms connect-custom-key-store` as shown above (or let `connect_key_store` run it), and',
    '  disconnect the store before changing its connectivity, URI endpoint or VPC endpoint service',
    '  (`aws kms disconnect-custom-key-store`).',
    ...(context.endpointServiceOwner === undefined
      ? []
      : [
          '- **Name the owner of a VPC endpoint service in another account.** The provider has no',
          '  argument for `XksProxyVpcEndpointServiceOwner`, so the key store is created with',
          '  `aws kms create-custom-key-store --xks-proxy-vpc-endpoint-service-owner` (step 3).',
        ]),
    '- **Delete in the right order.** KMS refuses to delete a store that holds keys: schedule',
    '  every key for deletion (`aws kms schedule-key-deletion`), wait out the waiting period,',
    '  disconnect the store, then remove it. The keys carry `prevent_destroy` for that reason.',
    ...(vpc && context.existingService === undefined
      ? [
          '  The load balancer has deletion protection: set `enable_deletion_protection = false` and',
          '  apply before `terraform destroy`.',
        ]
      : []),
    '- **Check the certificate alarm dimension.** AWS documents it as `CertificateName`',
    '  (older pages say `XksProxyCertificateName`): confirm with `aws cloudwatch list-metrics',
    '  --namespace AWS/KMS --metric-name XksProxyCertificateDaysToExpire`.',
  ];
  const overrides = overridesMarkdown(context.overrides);
  if (overrides.length > 0) lines.push('', ...overrides.slice(0, -1));
  return `${lines.join('\n')}\n`;
}

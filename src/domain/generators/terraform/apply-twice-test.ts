/**
 * A `terraform test` file (test support only, never exported) that applies an export twice against
 * `mock_provider "aws"`: offline, no credentials. Terraform test reads the export's
 * terraform.tfvars, so the plan's values are the ones applied. The second apply must keep every output (the IDs
 * and ARNs of the store, endpoint service, topic and keys): a mocked resource that Terraform
 * replaced would get new ones. The mock gives the provider's ARN-validated attributes real-looking
 * ARNs, the endpoint service the verification record it would report, and an existing endpoint
 * service the same values on every read.
 */

/**
 * The export with `prevent_destroy` off, so `terraform test` can destroy what it applied (the
 * mock's state) at the end; nothing else differs.
 */
export function withoutPreventDestroy<T extends { path: string; content: string }>(
  files: readonly T[],
): T[] {
  return files.map((file) =>
    file.path === 'main.tf'
      ? {
          ...file,
          content: file.content.replace(/prevent_destroy = true/g, 'prevent_destroy = false'),
        }
      : file,
  );
}

/** Variables without a default in variables.tf, with their type. */
export function requiredVariables(variablesTf: string): { name: string; type: string }[] {
  const blocks = variablesTf.matchAll(/^variable "([a-z0-9_]+)" \{\n([\s\S]*?)^\}/gm);
  return [...blocks]
    .filter(([, , body]) => !/^\s+default\s+=/m.test(body!))
    .map(([, name, body]) => ({ name: name!, type: /^\s+type\s+=\s+(.+)$/m.exec(body!)![1]! }));
}

/** The variables terraform.tfvars sets. */
export function tfvarsNames(tfvars: string): Set<string> {
  return new Set([...tfvars.matchAll(/^([a-z0-9_]+)\s+=/gm)].map((match) => match[1]!));
}

const mockAccount = '111122223333';
export const mockStoreId = 'cks-0123456789abcdef0';

/** A value of the right kind, and valid, for a variable: one the plan leaves open or states wrongly. */
export function mockValue(name: string, type: string): string {
  if (name === 'xks_proxy_secret_access_key') {
    return '"q0Vn3g0wD6u2mGQz8bq1Yl0m6s1Hn7Uu8pQ3eZ9fL2c="';
  }
  if (name === 'proxy_targets') {
    return '{ "10.0.1.10:443" = { ip_address = "10.0.1.10", port = 443 } }';
  }
  if (type === 'list(string)') {
    return name === 'subnet_ids'
      ? '["subnet-0a", "subnet-0b"]'
      : `["arn:aws:iam::${mockAccount}:role/mock"]`;
  }
  if (type === 'bool') return 'true';
  const values: Record<string, string> = {
    region: 'eu-central-1',
    xks_proxy_access_key_id: 'MOCKPROXYACCESSKEYID',
    xks_proxy_uri_endpoint: 'https://mock-proxy.example.com',
    xks_proxy_uri_path: '/kms/xks/v1',
    vpc_id: 'vpc-0123456789abcdef0',
    listener_certificate_arn: `arn:aws:acm:eu-central-1:${mockAccount}:certificate/mock`,
    vpc_endpoint_service_id: 'vpce-svc-0123456789abcdef0',
    vpc_endpoint_service_name: 'com.amazonaws.vpce.eu-central-1.vpce-svc-0123456789abcdef0',
    vpc_endpoint_service_owner: '444455556666',
    custom_key_store_id: mockStoreId,
  };
  if (values[name] !== undefined) return `"${values[name]}"`;
  if (name.endsWith('_xks_key_id')) return '"mock-xks-key"';
  if (name.endsWith('_arn')) return `"arn:aws:iam::${mockAccount}:role/mock"`;
  return `"mock-${name.replace(/_/g, '-')}.example.com"`;
}

const arn = (service: string, resource: string) =>
  `"arn:aws:${service}:eu-central-1:${mockAccount}:${resource}"`;

const assignments = (variables: readonly (readonly [string, string])[], indent: string) => {
  const width = Math.max(...variables.map(([name]) => name.length));
  return variables.map(([name, value]) => `${indent}${name.padEnd(width)} = ${value}`);
};

/**
 * The test file for one export folder. terraform.tfvars gives the plan's values; the test sets
 * only the variables it leaves open. `refused` names variables whose planned value fails its
 * validation: a first run expects exactly those failures, and the applies use valid values.
 */
export function applyTwiceTest(
  files: { variablesTf: string; tfvars: string },
  outputNames: readonly string[],
  providerAliases: readonly string[],
  options: {
    readonly refused?: readonly string[];
    /** More test variables, as HCL: e.g. `connect_key_store = "true"`. */
    readonly variables?: Readonly<Record<string, string>>;
  } = {},
): string {
  const refused = options.refused ?? [];
  const stated = tfvarsNames(files.tfvars);
  const declared = new Map(
    requiredVariables(files.variablesTf).map(({ name, type }) => [name, type] as const),
  );
  const variables: [string, string][] = [
    ...[...declared]
      .filter(([name]) => !stated.has(name))
      .map(([name, type]): [string, string] => [name, mockValue(name, type)]),
    // The keys too: the test applies as after the store is connected.
    ['key_store_connected', 'true'],
    ...Object.entries(options.variables ?? {}),
  ];
  const corrected: [string, string][] = refused.map((name) => [
    name,
    mockValue(name, declared.get(name) ?? 'string'),
  ]);
  const applyVariables =
    corrected.length === 0 ? [] : ['  variables {', ...assignments(corrected, '    '), '  }', ''];
  // The same mock for the default provider and each alias (the endpoint service owner's).
  const mocks = [undefined, ...providerAliases].flatMap((alias) => [
    'mock_provider "aws" {',
    ...(alias === undefined ? [] : [`  alias = "${alias}"`]),
    '  mock_resource "aws_lb" {',
    `    defaults = { arn = ${arn('elasticloadbalancing', 'loadbalancer/net/mock/0123456789abcdef')} }`,
    '  }',
    '  mock_resource "aws_lb_target_group" {',
    `    defaults = { arn = ${arn('elasticloadbalancing', 'targetgroup/mock/0123456789abcdef')} }`,
    '  }',
    // The store's ID as KMS writes it (the connect step passes it to the AWS CLI).
    '  mock_resource "aws_kms_custom_key_store" {',
    `    defaults = { id = "${mockStoreId}" }`,
    '  }',
    '  mock_resource "aws_sns_topic" {',
    `    defaults = { arn = ${arn('sns', 'mock')} }`,
    '  }',
    // An existing endpoint service is read: the same values on every run, as AWS would answer.
    '  mock_data "aws_vpc_endpoint_service" {',
    '    defaults = {',
    '      service_id       = "vpce-svc-0123456789abcdef0"',
    '      service_name     = "com.amazonaws.vpce.eu-central-1.vpce-svc-0123456789abcdef0"',
    '      private_dns_name = "mock-proxy.example.com"',
    '    }',
    '  }',
    '  mock_resource "aws_vpc_endpoint_service" {',
    '    defaults = {',
    '      private_dns_name_configuration = [{ name = "_mock", type = "TXT", value = "mock", state = "verified" }]',
    '    }',
    '  }',
    '}',
    '',
  ]);
  return [
    ...mocks,
    'variables {',
    ...assignments(variables, '  '),
    '}',
    '',
    ...(refused.length === 0
      ? []
      : [
          'run "refuses_what_aws_would_refuse" {',
          '  command         = plan',
          `  expect_failures = [${refused.map((name) => `var.${name}`).join(', ')}]`,
          '}',
          '',
        ]),
    'run "first_apply" {',
    ...applyVariables,
    '  command = apply',
    '}',
    '',
    'run "second_apply_changes_nothing" {',
    ...applyVariables,
    '  command = apply',
    ...outputNames.flatMap((name) => [
      '',
      '  assert {',
      `    condition     = jsonencode(output.${name}) == jsonencode(run.first_apply.${name})`,
      `    error_message = "The second apply changed output ${name}."`,
      '  }',
    ]),
    '}',
    '',
  ].join('\n');
}

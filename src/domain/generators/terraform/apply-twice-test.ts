/**
 * A `terraform test` file (test support only, never exported) that applies an export twice against
 * `mock_provider "aws"`: offline, no credentials. The second apply must keep every output (the IDs
 * and ARNs of the store, endpoint service, topic and keys): a mocked resource that Terraform
 * replaced would get new ones. The mock gives the provider's ARN-validated attributes real-looking
 * ARNs, the endpoint service the verification record it would report, and an existing endpoint
 * service the same values on every read.
 */

/** Variables without a default in variables.tf, with their type. */
export function requiredVariables(variablesTf: string): { name: string; type: string }[] {
  const blocks = variablesTf.matchAll(/^variable "([a-z0-9_]+)" \{\n([\s\S]*?)^\}/gm);
  return [...blocks]
    .filter(([, , body]) => !/^\s+default\s+=/m.test(body!))
    .map(([, name, body]) => ({ name: name!, type: /^\s+type\s+=\s+(.+)$/m.exec(body!)![1]! }));
}

const mockAccount = '111122223333';

/** A value of the right kind for a variable the plan leaves open. */
function mockValue(name: string, type: string): string {
  if (name === 'xks_proxy_secret_access_key') {
    return '"q0Vn3g0wD6u2mGQz8bq1Yl0m6s1Hn7Uu8pQ3eZ9fL2c="';
  }
  if (type === 'list(string)') {
    return name.includes('ip_address')
      ? '["10.0.1.10", "10.0.2.10"]'
      : '["subnet-0a", "subnet-0b"]';
  }
  if (type === 'bool') return 'true';
  if (name.endsWith('_arn')) return `"arn:aws:iam::${mockAccount}:role/mock"`;
  if (name === 'custom_key_store_id') return '"cks-1234567890abcdef0"';
  return `"mock-${name.replace(/_/g, '-')}.example.com"`;
}

const arn = (service: string, resource: string) =>
  `"arn:aws:${service}:eu-central-1:${mockAccount}:${resource}"`;

/** The test file for one export folder. */
export function applyTwiceTest(
  variablesTf: string,
  outputNames: readonly string[],
  providerAliases: readonly string[],
): string {
  const variables = [
    ...requiredVariables(variablesTf).map(({ name, type }) => [name, mockValue(name, type)]),
    // The keys too: the test applies as after the store is connected.
    ['key_store_connected', 'true'],
  ];
  const width = Math.max(...variables.map(([name]) => name!.length));
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
    ...variables.map(([name, value]) => `  ${name!.padEnd(width)} = ${value}`),
    '}',
    '',
    'run "first_apply" {',
    '  command = apply',
    '}',
    '',
    'run "second_apply_changes_nothing" {',
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

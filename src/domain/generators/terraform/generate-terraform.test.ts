import { parse } from '@cdktn/hcl2json';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { examplePlans } from '../../plan/examples';
import { parsePlan } from '../../plan/parse-plan';
import { exportVariants } from '../testing/export-variants';
import { hclTrickyPieces, hostileFields, hostilePlan, hostileText } from '../testing/hostile-plan';
import type { GeneratedFile } from '../types';
import { generateTerraform } from './generate-terraform';
import { keyResourceNames } from './key-store';
import { checkTerraformJson } from './schema-check';

type TerraformJson = Record<string, unknown>;

const examples = examplePlans.map((example) => ({
  id: example.id,
  files: generateTerraform(parsePlan(example.document as Record<string, unknown>).plan),
}));

const tfFiles = (files: readonly GeneratedFile[]) => files.filter((f) => f.path.endsWith('.tf'));

/** One parse of the whole configuration: Terraform reads every .tf file of a folder as one. */
async function parseConfiguration(files: readonly GeneratedFile[]): Promise<TerraformJson> {
  const text = tfFiles(files)
    .map((file) => file.content)
    .join('\n');
  return (await parse('main.tf', text)) as TerraformJson;
}

const literal = (text: unknown) =>
  typeof text === 'string' ? text.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{') : text;

/** terraform.tfvars, parsed: the values the plan states, by variable name. */
async function parseTfvars(files: readonly GeneratedFile[]): Promise<Record<string, unknown>> {
  const file = files.find((f) => f.path === 'terraform.tfvars')!;
  return (await parse('terraform.tfvars', file.content)) as Record<string, unknown>;
}

/** An attribute's value: terraform.tfvars's value when it is exactly `var.<name>`. */
function resolved(value: unknown, tfvars: Record<string, unknown>): unknown {
  const variable = typeof value === 'string' ? /^\$\{var\.([a-z0-9_]+)\}$/.exec(value) : null;
  return variable === null ? value : tfvars[variable[1]!];
}

describe('generateTerraform on the example plans', () => {
  const parsed = new Map<string, TerraformJson>();

  beforeAll(async () => {
    for (const example of examples) {
      // Each file must parse on its own, too.
      for (const file of tfFiles(example.files)) await parse(file.path, file.content);
      parsed.set(example.id, await parseConfiguration(example.files));
    }
  });

  it.each(examples.map((example) => example.id))(
    '%s: uses only what the provider schema has, with every required argument',
    (id) => {
      expect(checkTerraformJson(parsed.get(id)!)).toEqual([]);
    },
  );

  it('writes the nine files, each ending with one newline', () => {
    for (const example of examples) {
      expect(example.files.map((file) => file.path)).toEqual([
        'versions.tf',
        'variables.tf',
        'terraform.tfvars',
        'main.tf',
        'outputs.tf',
        'backend.tf.example',
        '.terraform.lock.hcl',
        'connect-key-store.sh',
        'README.md',
      ]);
      for (const file of example.files) expect(file.content).toMatch(/[^\n]\n$/);
    }
  });

  it('creates the XKS-required pieces for VPC connectivity', async () => {
    const variant = exportVariants.find((entry) => entry.id === 'new-endpoint-service')!;
    const config = (await parseConfiguration(generateTerraform(variant.plan))) as {
      resource: Record<string, Record<string, [Record<string, unknown>]>>;
    };
    const service = config.resource.aws_vpc_endpoint_service!.xks_proxy![0];
    expect(service.acceptance_required).toBe(false);
    expect(config.resource.aws_vpc_endpoint_service_allowed_principal!.kms![0].principal_arn).toBe(
      'cks.kms.${var.region}.amazonaws.com',
    );
    expect(config.resource.aws_lb!.xks_proxy![0]).toMatchObject({
      internal: true,
      load_balancer_type: 'network',
      enable_deletion_protection: true,
      security_groups: ['${aws_security_group.xks_proxy.id}'],
      // KMS reaches it over PrivateLink from addresses nobody can list.
      enforce_security_group_inbound_rules_on_private_link_traffic: 'off',
    });
    expect(config.resource.aws_security_group!.xks_proxy![0].vpc_id).toBe(
      config.resource.aws_lb_target_group!.xks_proxy![0].vpc_id,
    );
    expect(config.resource.aws_vpc_security_group_egress_rule!.xks_proxy![0]).toMatchObject({
      security_group_id: '${aws_security_group.xks_proxy.id}',
      ip_protocol: '-1',
    });
    expect(config.resource.aws_kms_custom_key_store!.xks![0].custom_key_store_type).toBe(
      'EXTERNAL_KEY_STORE',
    );
    // The three planned keys and the alarm topic's key.
    expect(Object.keys(config.resource.aws_kms_key!)).toHaveLength(4);
    expect(Object.keys(config.resource.aws_cloudwatch_metric_alarm!).sort()).toEqual([
      'certificate_days_to_expire',
      'key_manager_states',
      'non_retryable_proxy_errors',
      'proxy_latency',
      'retryable_proxy_errors',
    ]);
  });

  it('reads the endpoint service the plan names, and builds no network for it', async () => {
    const config = parsed.get('vpc-endpoint-service-ready')! as {
      resource: Record<string, Record<string, [Record<string, unknown>]>>;
      data: Record<string, Record<string, [Record<string, unknown>]>>;
    };
    const tfvars = await parseTfvars(
      examples.find((example) => example.id === 'vpc-endpoint-service-ready')!.files,
    );
    expect(resolved(config.data.aws_vpc_endpoint_service!.xks_proxy![0].service_name, tfvars)).toBe(
      'com.amazonaws.vpce.eu-central-1.vpce-svc-0a1b2c3d4e5f60718',
    );
    for (const type of ['aws_lb', 'aws_lb_target_group', 'aws_lb_listener']) {
      expect(config.resource[type]).toBeUndefined();
    }
    expect(config.resource.aws_vpc_endpoint_service).toBeUndefined();
    expect(config.resource.aws_kms_custom_key_store!.xks![0]).toMatchObject({
      xks_proxy_vpc_endpoint_service_name:
        '${data.aws_vpc_endpoint_service.xks_proxy.service_name}',
      xks_proxy_uri_endpoint: 'https://${data.aws_vpc_endpoint_service.xks_proxy.private_dns_name}',
    });
  });

  it('leaves the store to the AWS CLI when the endpoint service is in another account', () => {
    const config = parsed.get('vpc-cross-account')! as {
      resource: Record<string, unknown>;
      variable: Record<string, unknown>;
    };
    expect(config.resource.aws_kms_custom_key_store).toBeUndefined();
    expect(config.variable.xks_proxy_secret_access_key).toBeUndefined();
    const main = examples
      .find((e) => e.id === 'vpc-cross-account')!
      .files.find((file) => file.path === 'main.tf')!.content;
    expect(main).toContain('--xks-proxy-vpc-endpoint-service-owner');
  });

  it('tags every resource of both providers with the key store and the planner', async () => {
    type Providers = {
      provider: { aws: { alias?: string; default_tags: [{ tags: Record<string, string> }] }[] };
    };
    const configuration = (id: string) =>
      parseConfiguration(
        generateTerraform(exportVariants.find((entry) => entry.id === id)!.plan),
      ) as Promise<Providers>;
    const crossAccount = await configuration('cross-account-new-endpoint-service');
    const sameAccount = await configuration('new-endpoint-service');
    expect(crossAccount.provider.aws.map((provider) => provider.alias)).toEqual([
      undefined,
      'endpoint_service_owner',
    ]);
    for (const config of [crossAccount, sameAccount]) {
      for (const provider of config.provider.aws) {
        expect(provider.default_tags[0].tags).toEqual({
          'managed-by': 'xks-planner',
          'xks-key-store': expect.any(String),
        });
      }
    }
    const planned = exportVariants.find((entry) => entry.id === 'new-endpoint-service')!.plan;
    expect(sameAccount.provider.aws[0]!.default_tags[0].tags['xks-key-store']).toBe(
      planned.keyStore!.CustomKeyStoreName,
    );
    // Characters most services refuse in a tag value are replaced, in the plan's name or the variable.
    const hostile = await configuration('hostile-strings');
    expect(hostile.provider.aws[0]!.default_tags[0].tags['xks-key-store']).toMatch(
      /^[\p{L}\p{Z}\p{N}_.:/=+@-]{1,256}$/u,
    );
    const unnamed = await parseConfiguration(
      generateTerraform({
        ...planned,
        keyStore: { ...planned.keyStore, CustomKeyStoreName: undefined },
      }),
    );
    expect((unnamed as Providers).provider.aws[0]!.default_tags[0].tags['xks-key-store']).toBe(
      '$' +
        String.raw`{replace(var.custom_key_store_name, "/[^\\p{L}\\p{Z}\\p{N}_.:/=+@-]/", "_")}`,
    );
  });

  it('encrypts the alarm topic with a key CloudWatch may publish with', () => {
    const config = parsed.get('public-endpoint-ready')! as {
      resource: Record<string, Record<string, [Record<string, unknown>]>>;
    };
    expect(config.resource.aws_sns_topic!.xks_alarms![0].kms_master_key_id).toBe(
      '${aws_kms_key.xks_alarms.arn}',
    );
    const key = config.resource.aws_kms_key!.xks_alarms![0];
    expect(key.enable_key_rotation).toBe(true);
    const policy = String(key.policy);
    expect(policy).toContain('"cloudwatch.amazonaws.com"');
    expect(policy).toContain('"kms:GenerateDataKey*"');
    expect(policy).toContain('data.aws_caller_identity.current.account_id');
  });

  it('writes out the policy of every planned key', () => {
    const config = parsed.get('public-endpoint-ready')! as {
      resource: { aws_kms_key: Record<string, [{ policy: string }]> };
      locals: { key_policy?: string }[];
    };
    const planned = Object.entries(config.resource.aws_kms_key).filter(
      ([name]) => name !== 'xks_alarms',
    );
    expect(planned.length).toBeGreaterThan(0);
    for (const [, [key]] of planned) expect(key.policy).toBe('${local.key_policy}');
    const policy = config.locals.find((block) => block.key_policy !== undefined)!.key_policy!;
    expect(policy).toContain('"kms:*"');
    expect(policy).toContain('data.aws_caller_identity.current.account_id');
  });

  it('never gives a planned key the name of the alarm topic key', () => {
    expect(keyResourceNames([{ AliasName: 'alias/xks-alarms' }])).toEqual(['xks_alarms_2']);
  });

  it('writes a backend example that Terraform ignores until it is copied', async () => {
    for (const example of examples) {
      const file = example.files.find((f) => f.path === 'backend.tf.example')!;
      const backend = (await parse('backend.tf', file.content)) as {
        terraform: [{ backend: { s3: [Record<string, unknown>] } }];
      };
      expect(backend.terraform[0].backend.s3[0]).toMatchObject({
        encrypt: true,
        use_lockfile: true,
        key: expect.stringMatching(/^xks-planner\/.+\/terraform\.tfstate$/),
      });
    }
  });

  it('writes every planned ID and address into terraform.tfvars, never into the .tf files', async () => {
    for (const variant of exportVariants) {
      const files = generateTerraform(variant.plan);
      const tfvars = await parseTfvars(files);
      // Block labels are Terraform names (a key's may equal its XksKeyId): only values count.
      const config = tfFiles(files)
        .flatMap((file) => file.content.split('\n'))
        .filter((line) => !/^[a-z_]+ "/.test(line))
        .join('\n');
      const planned = JSON.stringify(Object.values(tfvars)).match(/"[^"]{6,}"/g) ?? [];
      const inConfig = planned.filter((value) => config.includes(value));
      expect(inConfig, variant.id).toEqual([]);
    }
  });

  it('gives a value the plan does not state no made-up value, only a commented line', async () => {
    const draft = examples.find((example) => example.id === 'vpc-endpoint-service-draft')!;
    const tfvars = await parseTfvars(draft.files);
    const file = draft.files.find((f) => f.path === 'terraform.tfvars')!.content;
    const config = (await parseConfiguration(draft.files)) as {
      variable: Record<string, [Record<string, unknown>]>;
    };
    const open = Object.entries(config.variable)
      .filter(([, [spec]]) => !('default' in spec) && !(spec.sensitive === true))
      .map(([name]) => name)
      .filter((name) => !(name in tfvars));
    expect(open).toContain('alarm_topic_name');
    for (const name of open) expect(file).toContain(`# ${name} = ...`);
    expect(file).not.toMatch(/^xks_proxy_secret_access_key/m);
  });

  it('creates no networking for a public endpoint', () => {
    const config = parsed.get('public-endpoint-ready')! as { resource: Record<string, unknown> };
    expect(Object.keys(config.resource).sort()).toEqual([
      'aws_cloudwatch_metric_alarm',
      'aws_kms_alias',
      'aws_kms_custom_key_store',
      'aws_kms_key',
      'aws_sns_topic',
      'terraform_data',
    ]);
  });

  it('keeps the secret in a sensitive variable and never writes a value for it', () => {
    for (const example of examples) {
      const all = example.files.map((file) => file.content).join('\n');
      expect(all).not.toContain('c2VjcmV0LXRoYXQtbXVzdC1uZXZlci1iZS1pbi1hLXBsYW4K');
    }
    const variables = parsed.get('public-endpoint-ready')!.variable as Record<
      string,
      [Record<string, unknown>]
    >;
    expect(variables.xks_proxy_secret_access_key![0]).toMatchObject({ sensitive: true });
    expect(variables.xks_proxy_secret_access_key![0]).not.toHaveProperty('default');
  });
});

describe('checkTerraformJson', () => {
  it('reports unknown, missing, computed and undeclared names', async () => {
    const config = (await parse(
      'bad.tf',
      [
        'resource "aws_kms_custom_key_store" "s" {',
        '  custom_key_store_name                = "x"',
        '  xks_proxy_vpc_endpoint_service_owner = "444455556666"',
        '  xks_proxy_authentication_credential {',
        '    access_key_id = "A"',
        '  }',
        '}',
        'resource "aws_kms_key" "k" {',
        '  origin   = "EXTERNAL_KEY_STORE"',
        '  tags_all = {}',
        '  xks_key_id = var.missing',
        '  description = aws_kms_custom_key_store.s.no_such_attribute',
        '}',
        'resource "aws_kms_alias" "a" {}',
        'resource "aws_kms_external_store" "e" {}',
      ].join('\n'),
    )) as TerraformJson;
    expect(checkTerraformJson(config).sort()).toEqual(
      [
        'aws_kms_custom_key_store.s: unknown argument "xks_proxy_vpc_endpoint_service_owner"',
        'aws_kms_custom_key_store.s: missing required "xks_proxy_authentication_credential.raw_secret_access_key"',
        'aws_kms_key.k: unknown argument "origin"',
        'aws_kms_key.k: "tags_all" is computed by the provider and cannot be set',
        'aws_kms_alias.a: missing required "target_key_id"',
        'unknown resource type "aws_kms_external_store"',
        'reference to undeclared var.missing',
        'reference to unknown attribute aws_kms_custom_key_store.s.no_such_attribute',
      ].sort(),
    );
  });
});

describe('user strings come back unchanged through a real HCL parser', () => {
  const fields = hostileFields(hostileText(hclTrickyPieces));

  it('in every field a plan can fill', async () => {
    await fc.assert(
      fc.asyncProperty(fields, async (values) => {
        const plan = hostilePlan(values);
        const files = generateTerraform(plan);
        const tfvars = await parseTfvars(files);
        const value = (attribute: unknown) => literal(resolved(attribute, tfvars));
        const config = (await parseConfiguration(files)) as {
          resource: Record<string, Record<string, [Record<string, unknown>]>>;
          data: Record<string, Record<string, [Record<string, unknown>]>>;
          variable: Record<string, [Record<string, unknown>]>;
        };
        const keyName = keyResourceNames(plan.keys!)[0]!;
        const r = config.resource;
        const nfc = (value: string) => value.normalize('NFC');
        const [target] = Object.values(
          tfvars.proxy_targets as Record<string, { ip_address: string }>,
        );
        const actual = {
          region: literal(tfvars.region),
          accessKeyId: literal(tfvars.xks_proxy_access_key_id),
          storeName: literal(r.aws_kms_custom_key_store!.xks![0].custom_key_store_name),
          uriPath: value(r.aws_kms_custom_key_store!.xks![0].xks_proxy_uri_path),
          description: literal(r.aws_kms_key![keyName]![0].description),
          xksKeyId: value(r.aws_kms_key![keyName]![0].xks_key_id),
          tags: Object.fromEntries(
            Object.entries(r.aws_kms_key![keyName]![0].tags as Record<string, string>).map(
              ([key, value]) => [literal(key), literal(value)],
            ),
          ),
          alias: literal(r.aws_kms_alias![keyName]![0].name),
          topic: literal(r.aws_sns_topic!.xks_alarms![0].name),
          privateDnsName: value(r.aws_vpc_endpoint_service!.xks_proxy![0].private_dns_name),
          verificationDomain: value(config.data.aws_route53_zone!.verification![0].name),
          balancerName: literal(r.aws_lb!.xks_proxy![0].name),
          targetIp: literal(target!.ip_address),
          healthPath: literal(
            (r.aws_lb_target_group!.xks_proxy![0].health_check as [{ path: string }])[0].path,
          ),
          certificateName: value(
            (
              r.aws_cloudwatch_metric_alarm!.certificate_days_to_expire![0].dimensions as Record<
                string,
                string
              >
            ).CertificateName,
          ),
        };
        const principalIsKms = /^cks\.kms\.[a-z0-9-]+\.amazonaws\.com$/.test(values.principal);
        expect(actual).toEqual({
          region: nfc(values.region),
          accessKeyId: nfc(values.accessKeyId),
          storeName: nfc(values.storeName),
          uriPath: nfc(values.uriPath),
          description: nfc(values.description),
          xksKeyId: nfc(values.xksKeyId),
          tags: { [nfc(values.tagKey)]: nfc(values.tagValue) },
          alias: nfc(values.alias),
          topic: nfc(values.topic),
          privateDnsName: nfc(values.privateDnsName),
          verificationDomain: nfc(values.verificationDomain),
          balancerName: nfc(values.balancerName),
          targetIp: nfc(values.targetIp),
          healthPath: nfc(values.healthPath),
          certificateName: nfc(values.certificateName),
        });
        expect((tfvars.allowed_principal_arns as string[]).map(literal)).toEqual(
          principalIsKms ? [] : [nfc(values.principal)],
        );
        // The title is only in comments: it never adds or removes anything.
        expect(checkTerraformJson(config as never)).toEqual([]);
      }),
      { numRuns: 100 },
    );
    // 200 parses by the WebAssembly HCL parser: seconds on a shared two-core machine.
  }, 60_000);
});

/**
 * Proof for the AWS CDK export: every example plan's app (plus one plan full of awkward strings)
 * is written into node_modules/.cache/xks-cdk/<id> (where aws-cdk-lib resolves), type-checked by
 * one `tsc --noEmit` run over all of them, and synthesized offline with `node --import tsx`; the
 * assertions read the synthesized CloudFormation templates. Then a property test over the printed
 * TypeScript (golden files and determinism: ../goldens.test.ts).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { findExample } from '../../plan/examples';
import type { Plan } from '../../plan/plan-schema';
import { exportVariants } from '../testing/export-variants';
import { hostileFields, hostilePlan, hostileText } from '../testing/hostile-plan';
import { requireTool, runTool } from '../testing/tool-harness';
import type { GeneratedFile } from '../types';
import { generateCdk } from './generate-cdk';

const run = promisify(execFile);
const projectRoot = join(import.meta.dirname, '../../../..');
const cacheRoot = join(projectRoot, 'node_modules/.cache/xks-cdk');
const tsc = join(projectRoot, 'node_modules/typescript/bin/tsc');
const planSecret = 'c2VjcmV0LXRoYXQtbXVzdC1uZXZlci1iZS1pbi1hLXBsYW4K';

type Resource = { Type: string; Properties?: Record<string, unknown>; DependsOn?: string[] };
interface Template {
  Parameters?: Record<string, { Type: string; Default?: unknown; NoEcho?: boolean }>;
  Resources: Record<string, Resource>;
  Outputs?: Record<string, unknown>;
}

/** Awkward but deployable text in the fields that reach the template as plain values. */
const awkward = {
  title: 'Quotes " \' ` backslash \\ ${x} %{y} */ <!-- é 😀',
  storeName: 'store "a" \\ ${b} `c`',
  description: 'line one\nline two\u2028"three"',
  tagValue: '${not} \\ "quoted"',
  topic: 'topic-${x}',
  uriPath: '/a"b\\c/kms/xks/v1',
};

function awkwardPlan(): Plan {
  const base = structuredClone(findExample('vpc-endpoint-service-ready')!.document);
  return {
    ...base,
    title: awkward.title,
    keyStore: {
      ...base.keyStore,
      CustomKeyStoreName: awkward.storeName,
      XksProxyUriPath: awkward.uriPath,
    },
    keys: [
      {
        XksKeyId: 'awkward-1',
        Description: awkward.description,
        AliasName: 'alias/awkward',
        Tags: [{ TagKey: 'k "1"', TagValue: awkward.tagValue }],
      },
    ],
    operations: { ...base.operations, snsTopicName: awkward.topic },
  };
}

const apps = [...exportVariants, { id: 'awkward-strings', plan: awkwardPlan() }].map((app) => ({
  ...app,
  files: generateCdk(app.plan),
}));

const templates = new Map<string, Record<string, Template>>();
const validation = new Map<string, unknown[]>();
const synthErrors = new Map<string, string>();
const lintProblems = new Map<string, string[]>();
/** Per app, whether each synthesized stack has termination protection (from manifest.json). */
const terminationProtection = new Map<string, boolean[]>();
let tscOutput = '';
const timings: Record<string, number> = {};

function writeApp(id: string, files: readonly GeneratedFile[]): string {
  const folder = join(cacheRoot, id);
  rmSync(folder, { recursive: true, force: true });
  for (const file of files) {
    mkdirSync(dirname(join(folder, file.path)), { recursive: true });
    writeFileSync(join(folder, file.path), file.content);
  }
  return folder;
}

/**
 * Synthesizes every app in one Node process (aws-cdk-lib and its validator load once): each
 * app's entry (the file its cdk.json `app` command runs with tsx) is imported with CDK_OUTDIR
 * and CDK_CONTEXT_JSON (cdk.json's context) set, and its `new cdk.App()` synthesizes when the
 * process ends, exactly as under `cdk synth`.
 * An app that throws is recorded (synth-errors.json) without stopping the others.
 */
async function synthAll(ids: readonly string[]): Promise<void> {
  const started = performance.now();
  const driver = join(cacheRoot, 'synth-all.mts');
  writeFileSync(
    driver,
    [
      'import { readFileSync, writeFileSync } from "node:fs";',
      'import { join } from "node:path";',
      'import { pathToFileURL } from "node:url";',
      'const errors = {};',
      'for (const id of process.argv.slice(2)) {',
      '  const cdkJson = JSON.parse(readFileSync(join(import.meta.dirname, id, "cdk.json"), "utf8"));',
      '  const app = cdkJson.app;',
      '  const entry = /^npx tsx (\\S+\\.ts)$/.exec(app)?.[1];',
      '  if (!entry) { errors[id] = `cdk.json app is not "npx tsx <entry>.ts": ${app}`; continue; }',
      '  process.env.CDK_OUTDIR = join(import.meta.dirname, id, "cdk.out");',
      // The CLI hands cdk.json's context (the feature flags) to the app the same way.
      '  process.env.CDK_CONTEXT_JSON = JSON.stringify(cdkJson.context ?? {});',
      '  try {',
      '    await import(pathToFileURL(join(import.meta.dirname, id, entry)).href);',
      '  } catch (error) {',
      '    errors[id] = String(error?.message ?? error);',
      '  }',
      '}',
      'writeFileSync(join(import.meta.dirname, "synth-errors.json"), JSON.stringify(errors));',
      '',
    ].join('\n'),
  );
  await run(process.execPath, ['--import', 'tsx', driver, ...ids], {
    cwd: cacheRoot,
    env: { ...process.env, CDK_DISABLE_CLI_TELEMETRY: 'true' },
    maxBuffer: 16 * 1024 * 1024,
  });
  timings.synth = Math.round(performance.now() - started);
  const errors = JSON.parse(readFileSync(join(cacheRoot, 'synth-errors.json'), 'utf8')) as Record<
    string,
    string
  >;
  for (const id of ids) {
    if (errors[id] !== undefined) {
      synthErrors.set(id, errors[id]);
      continue;
    }
    const outdir = join(cacheRoot, id, 'cdk.out');
    const stacks: Record<string, Template> = {};
    for (const name of readdirSync(outdir)
      .filter((n) => n.endsWith('.template.json'))
      .sort()) {
      stacks[name.replace('.template.json', '')] = JSON.parse(
        readFileSync(join(outdir, name), 'utf8'),
      );
    }
    templates.set(id, stacks);
    const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8')) as {
      artifacts: Record<string, { type: string; properties?: { terminationProtection?: boolean } }>;
    };
    terminationProtection.set(
      id,
      Object.values(manifest.artifacts)
        .filter((artifact) => artifact.type === 'aws:cloudformation:stack')
        .map((artifact) => artifact.properties?.terminationProtection === true),
    );
    const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8')) as {
      pluginReports: { violations: unknown[] }[];
    };
    validation.set(
      id,
      report.pluginReports.flatMap((plugin) => plugin.violations),
    );
  }
}

/**
 * cfn-lint 1.51 over every synthesized template in one run. Its bundled resource schema predates
 * `PrivateDnsName` on AWS::EC2::VPCEndpointService (CloudFormation has it, and aws-cdk-lib 2.276's
 * CfnVPCEndpointService sets it), so exactly that rule (E3002, property not allowed) at exactly
 * that property is ignored; every other problem fails the app.
 */
async function lintAll(ids: readonly string[]): Promise<void> {
  const started = performance.now();
  const files = ids
    .filter((id) => !synthErrors.has(id))
    .flatMap((id) =>
      readdirSync(join(cacheRoot, id, 'cdk.out'))
        .filter((name) => name.endsWith('.template.json'))
        .map((name) => join(id, 'cdk.out', name)),
    );
  const result = await runTool('cfn-lint', ['--format', 'json', '--', ...files], {
    cwd: cacheRoot,
  });
  const matches = JSON.parse(result.stdout || '[]') as {
    Rule: { Id: string };
    Message: string;
    Filename: string;
    Location: { Path: (string | number)[] };
  }[];
  for (const id of ids) lintProblems.set(id, []);
  for (const match of matches) {
    const path = match.Location.Path;
    const staleSchema =
      match.Rule.Id === 'E3002' &&
      path[0] === 'Resources' &&
      path[2] === 'Properties' &&
      path[3] === 'PrivateDnsName' &&
      /'PrivateDnsName' was unexpected/.test(match.Message);
    if (staleSchema || knownProblem(match.Rule.Id, path, match.Message)) continue;
    const id = match.Filename.split('/')[0]!;
    lintProblems.get(id)!.push(`${match.Rule.Id} ${path.join('/')}: ${match.Message}`);
  }
  if (result.code !== 0 && matches.length === 0) throw new Error(result.stderr);
  timings.cfnLint = Math.round(performance.now() - started);
}

/**
 * What cfn-lint reports that is not fixed yet, named exactly (rule, place, message), so that
 * anything else fails the test. W3005: aws-cdk-lib itself makes every Lambda function (and the
 * Provider framework's state machine) depend on the role it already references; the redundant
 * DependsOn is harmless.
 */
function knownProblem(rule: string, path: readonly (string | number)[], message: string): boolean {
  return (
    rule === 'W3005' &&
    path[2] === 'DependsOn' &&
    /dependency already enforced by a 'GetAtt' at '.*\/Properties\/Role(Arn)?'/.test(message)
  );
}

async function typeCheck(folders: readonly string[]): Promise<void> {
  const started = performance.now();
  // One run over every app: the first app's generated tsconfig, with every app's files as roots.
  const files = folders.flatMap((folder) =>
    ['bin/app.ts', 'lib/xks-stack.ts'].map((file) => relative(cacheRoot, join(folder, file))),
  );
  writeFileSync(
    join(cacheRoot, 'tsconfig.json'),
    JSON.stringify({
      extends: `./${relative(cacheRoot, folders[0]!)}/tsconfig.json`,
      include: [],
      files,
    }),
  );
  try {
    await run(process.execPath, [tsc, '--noEmit', '-p', join(cacheRoot, 'tsconfig.json')]);
  } catch (error) {
    tscOutput = String((error as { stdout?: string }).stdout ?? error);
  }
  timings.tsc = Math.round(performance.now() - started);
}

const resources = (template: Template, type: string) =>
  Object.values(template.Resources).filter((resource) => resource.Type === type);
const only = (template: Template, type: string) => {
  const found = resources(template, type);
  expect(found, type).toHaveLength(1);
  return found[0]!.Properties!;
};

describe('generateCdk: the generated apps type-check and synthesize offline', () => {
  beforeAll(async () => {
    const started = performance.now();
    mkdirSync(cacheRoot, { recursive: true });
    const folders = apps.map((app) => writeApp(app.id, app.files));
    await requireTool('cfnLint');
    await Promise.all([typeCheck(folders), synthAll(apps.map((app) => app.id))]);
    await lintAll(apps.map((app) => app.id));
    timings.total = Math.round(performance.now() - started);
    console.info('CDK proof timings (ms):', timings);
  }, 300_000);

  it('type-checks every app with tsc against aws-cdk-lib', () => {
    expect(tscOutput).toBe('');
  });

  it.each(apps.map((app) => app.id))('%s: synthesizes with its own entry', (id) => {
    expect(synthErrors.get(id)).toBeUndefined();
  });

  it.each(apps.map((app) => app.id))(
    '%s: the validator bundled in aws-cdk-lib reports nothing',
    (id) => {
      expect(validation.get(id)).toEqual([]);
    },
  );

  // A plan with error findings is exported as it stands, mistakes included: cfn-lint objects to
  // them (an invalid VPC ID) as AWS would, so it is left out here.
  it.each(apps.map((app) => app.id).filter((id) => id !== 'plan-with-mistakes'))(
    '%s: cfn-lint 1.51 finds nothing but the known problems',
    (id) => {
      expect(lintProblems.get(id)).toEqual([]);
    },
  );

  it('VPC endpoint service: internal NLB, TCP 443, acceptance off, KMS principal, private DNS name, TXT record', () => {
    const { XksStack: t } = templates.get('new-endpoint-service')!;
    expect(only(t!, 'AWS::ElasticLoadBalancingV2::LoadBalancer')).toMatchObject({
      Scheme: 'internal',
      Type: 'network',
      Subnets: ['subnet-0aa11bb22cc33dd44', 'subnet-0ee55ff66aa77bb88'],
    });
    expect(only(t!, 'AWS::ElasticLoadBalancingV2::TargetGroup')).toMatchObject({
      Port: 443,
      Protocol: 'TCP',
      TargetType: 'ip',
      VpcId: 'vpc-0abc12de34f567890',
      Targets: [
        { Id: '172.16.10.21', Port: 443, AvailabilityZone: 'all' },
        { Id: '172.16.10.22', Port: 443, AvailabilityZone: 'all' },
      ],
    });
    expect(only(t!, 'AWS::ElasticLoadBalancingV2::Listener')).toMatchObject({
      Port: 443,
      Protocol: 'TCP',
    });
    expect(only(t!, 'AWS::EC2::VPCEndpointService')).toMatchObject({
      AcceptanceRequired: false,
      PrivateDnsName: 'myproxy-private.xks.example.com',
    });
    expect(only(t!, 'AWS::EC2::VPCEndpointServicePermissions').AllowedPrincipals).toEqual([
      'cks.kms.eu-central-1.amazonaws.com',
    ]);
    const record = only(t!, 'AWS::Route53::RecordSet');
    expect(record.Type).toBe('TXT');
    // Read from the service by a custom resource, not a GetAtt on AWS::EC2::VPCEndpointService.
    const configuration = Object.entries(t!.Resources).find(
      ([, r]) => r.Type === 'Custom::XksPrivateDnsNameConfiguration',
    )!;
    expect(JSON.stringify(record)).toContain(`"${configuration[0]}","Name"`);
    expect(JSON.stringify(record.ResourceRecords)).toContain(`"${configuration[0]}","Value"`);
    expect(JSON.stringify(t)).not.toContain('PrivateDnsNameConfiguration.');
  });

  it('VPC endpoint service: the store, its connection and its keys are custom resources, in order', () => {
    const { XksStack: t } = templates.get('new-endpoint-service')!;
    expect(resources(t!, 'Custom::XksPrivateDnsVerification')).toHaveLength(1);
    const store = only(t!, 'Custom::XksKeyStore');
    expect(store).toMatchObject({
      CustomKeyStoreName: 'customer-data-xks',
      XksProxyConnectivity: 'VPC_ENDPOINT_SERVICE',
      XksProxyUriEndpoint: 'https://myproxy-private.xks.example.com',
      XksProxyUriPath: '/kms/xks/v1',
      AccessKeyId: 'Q7KD2M4WNZ5XBT3RHA6YLPCE',
      CredentialSecretArn: { Ref: 'XksProxyCredentialArn' },
    });
    expect(store.XksProxyVpcEndpointServiceName).toEqual({
      'Fn::Join': [
        '.',
        [
          'com.amazonaws.vpce',
          { Ref: 'AWS::Region' },
          { Ref: expect.stringMatching(/^XksEndpointService/) },
        ],
      ],
    });
    expect(resources(t!, 'Custom::XksKeyStoreConnection')).toHaveLength(1);
    const keys = resources(t!, 'Custom::XksKey');
    expect(keys.map((key) => key.Properties!.XksKeyId)).toEqual([
      'customer-pii-01',
      'customer-archive-01',
      'customer-backup-01',
    ]);
    const connection = Object.entries(t!.Resources).find(
      ([, r]) => r.Type === 'Custom::XksKeyStoreConnection',
    )![0];
    for (const key of keys) expect(key.DependsOn).toContain(connection);
    expect(resources(t!, 'AWS::KMS::Alias').map((alias) => alias.Properties!.AliasName)).toEqual([
      'alias/customer-pii',
      'alias/customer-archive',
      'alias/customer-backup',
    ]);
    expect(resources(t!, 'AWS::KMS::Key')).toEqual([]);
    // The handler is inline (no asset to bundle) and fits CloudFormation's ZipFile limit.
    const inline = resources(t!, 'AWS::Lambda::Function')
      .map((fn) => (fn.Properties!.Code as { ZipFile?: string }).ZipFile)
      .filter((code) => code !== undefined);
    expect(inline).toHaveLength(2);
    for (const code of inline) expect(code.length).toBeLessThanOrEqual(4096);
  });

  it('alarms: the four AWS recommends plus the plan’s, with their thresholds, notifying the topic', () => {
    const { XksStack: t } = templates.get('vpc-endpoint-service-ready')!;
    const alarms = resources(t!, 'AWS::CloudWatch::Alarm').map((alarm) => alarm.Properties!);
    const byName = Object.fromEntries(
      alarms.map((alarm) => [
        JSON.stringify(alarm.AlarmName).match(/-([a-z-]+)"\]\]\}$/)![1],
        alarm,
      ]),
    );
    expect(Object.keys(byName).sort()).toEqual([
      'certificate-days-to-expire',
      'key-manager-states',
      'non-retryable-proxy-errors',
      'proxy-latency',
      'retryable-proxy-errors',
    ]);
    expect(byName['certificate-days-to-expire']).toMatchObject({
      MetricName: 'XksProxyCertificateDaysToExpire',
      Namespace: 'AWS/KMS',
      Statistic: 'Minimum',
      Threshold: 10,
      ComparisonOperator: 'LessThanThreshold',
    });
    expect(byName['proxy-latency']).toMatchObject({
      Threshold: 200,
      ComparisonOperator: 'GreaterThanThreshold',
    });
    expect(byName['retryable-proxy-errors']).toMatchObject({
      Threshold: 5,
      TreatMissingData: 'notBreaching',
    });
    expect(byName['key-manager-states']).toMatchObject({ Threshold: 1 });
    expect(JSON.stringify(byName['retryable-proxy-errors']!.Metrics)).toContain(
      'SELECT SUM(XksProxyErrors) FROM \\"AWS/KMS\\" WHERE CustomKeyStoreId = \'',
    );
    const topic = Object.entries(t!.Resources).find(([, r]) => r.Type === 'AWS::SNS::Topic')!;
    expect(topic[1].Properties!.TopicName).toBe('customer-data-xks-alarms');
    for (const alarm of alarms) expect(alarm.AlarmActions).toEqual([{ Ref: topic[0] }]);
  });

  it('an existing endpoint service (the plan names it): no network, the store uses its name', () => {
    for (const id of ['vpc-endpoint-service-ready', 'vpc-cross-account']) {
      const plan = apps.find((app) => app.id === id)!.plan;
      const stacks = templates.get(id)!;
      expect(Object.keys(stacks)).toEqual(['XksStack']);
      const t = stacks.XksStack!;
      const types = new Set(Object.values(t.Resources).map((r) => r.Type));
      for (const type of types) {
        expect(type).not.toMatch(/^AWS::(EC2|ElasticLoadBalancingV2|Route53)::/);
      }
      expect(resources(t, 'Custom::XksPrivateDnsVerification')).toEqual([]);
      expect(only(t, 'Custom::XksKeyStore')).toMatchObject({
        XksProxyVpcEndpointServiceName: plan.keyStore!.XksProxyVpcEndpointServiceName,
        XksProxyUriEndpoint: `https://${plan.endpointService!.privateDnsName}`,
      });
    }
    expect(
      only(templates.get('vpc-cross-account')!.XksStack!, 'Custom::XksKeyStore')
        .XksProxyVpcEndpointServiceOwner,
    ).toBe('444455556666');
  });

  it('cross-account, new endpoint service: its stack allows KMS and the plan’s principals; the store names the owner', () => {
    const stacks = templates.get('cross-account-new-endpoint-service')!;
    expect(Object.keys(stacks)).toEqual(['XksKeyStoreStack', 'XksNetworkStack']);
    const network = stacks.XksNetworkStack!;
    expect(only(network, 'AWS::EC2::VPCEndpointService')).toMatchObject({
      AcceptanceRequired: false,
      PrivateDnsName: 'xks-workload.proxy.example.net',
    });
    expect(only(network, 'AWS::EC2::VPCEndpointServicePermissions').AllowedPrincipals).toEqual([
      'cks.kms.ap-southeast-2.amazonaws.com',
      'arn:aws:iam::111122223333:role/xks-connector',
    ]);
    expect(resources(network, 'Custom::XksKeyStore')).toEqual([]);
    const store = stacks.XksKeyStoreStack!;
    expect(only(store, 'Custom::XksKeyStore')).toMatchObject({
      XksProxyVpcEndpointServiceOwner: '444455556666',
      XksProxyVpcEndpointServiceName: { Ref: 'XksProxyVpcEndpointServiceName' },
      XksProxyUriEndpoint: 'https://xks-workload.proxy.example.net',
    });
    expect(store.Parameters!.XksProxyVpcEndpointServiceName!.Default).toBeUndefined();
    expect(resources(store, 'AWS::EC2::VPCEndpointService')).toEqual([]);
  });

  it('the NLB (with the feature flags): deletion protection, a security group that does not judge PrivateLink traffic', () => {
    const { XksStack: t } = templates.get('new-endpoint-service')!;
    const balancer = only(t!, 'AWS::ElasticLoadBalancingV2::LoadBalancer');
    expect(balancer.LoadBalancerAttributes).toContainEqual({
      Key: 'deletion_protection.enabled',
      Value: 'true',
    });
    // Only the flag from cdk.json gives the balancer a security group.
    expect(balancer.SecurityGroups).toHaveLength(1);
    expect(balancer.EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic).toBe('off');
  });

  it('every Lambda function logs to one group kept a year; every function carries the tags', () => {
    for (const app of apps) {
      if (synthErrors.has(app.id)) continue;
      for (const [name, t] of Object.entries(templates.get(app.id)!)) {
        const groups = Object.entries(t.Resources).filter(
          ([, r]) => r.Type === 'AWS::Logs::LogGroup',
        );
        expect(
          groups.map(([, r]) => r.Properties!.RetentionInDays),
          `${app.id}/${name}`,
        ).toEqual([365]);
        for (const fn of resources(t, 'AWS::Lambda::Function')) {
          expect(fn.Properties!.LoggingConfig, `${app.id}/${name}`).toMatchObject({
            LogGroup: { Ref: groups[0]![0] },
          });
          expect(fn.Properties!.Tags, `${app.id}/${name}`).toContainEqual({
            Key: 'managed-by',
            Value: 'xks-planner',
          });
        }
      }
    }
  });

  it('every stack has termination protection: deleting one would delete the key store', () => {
    for (const app of apps) {
      if (synthErrors.has(app.id)) continue;
      const stacks = terminationProtection.get(app.id)!;
      expect(stacks.length, app.id).toBeGreaterThan(0);
      expect(stacks, app.id).not.toContain(false);
    }
  });

  it('public endpoint: no networking, the planned endpoint and path', () => {
    const { XksStack: t } = templates.get('public-endpoint-ready')!;
    const types = new Set(Object.values(t!.Resources).map((r) => r.Type));
    for (const type of types)
      expect(type).not.toMatch(/^AWS::(EC2|ElasticLoadBalancingV2|Route53)::/);
    expect(only(t!, 'Custom::XksKeyStore')).toMatchObject({
      XksProxyConnectivity: 'PUBLIC_ENDPOINT',
      XksProxyUriEndpoint: 'https://myproxy.xks.example.com',
      XksProxyUriPath: '/finance/kms/xks/v1',
    });
    expect(resources(t!, 'AWS::CloudWatch::Alarm')).toHaveLength(5);
  });

  it('no template parameter or property holds a secret', () => {
    for (const app of apps) {
      for (const [stack, template] of Object.entries(templates.get(app.id)!)) {
        const text = JSON.stringify(template);
        expect(text).not.toContain(planSecret);
        expect(text).not.toMatch(/RawSecretAccessKey"\s*:/);
        for (const [name, parameter] of Object.entries(template.Parameters ?? {})) {
          expect(name, `${app.id}/${stack}`).not.toMatch(/secret(?!sManager)|password/i);
          expect(parameter.Type).not.toBe('AWS::SSM::Parameter::Value<SecureString>');
        }
        for (const store of resources(template, 'Custom::XksKeyStore')) {
          expect(Object.keys(store.Properties!).sort()).toEqual(
            expect.arrayContaining(['AccessKeyId', 'CredentialSecretArn']),
          );
          expect(Object.keys(store.Properties!).some((key) => /secretaccesskey/i.test(key))).toBe(
            false,
          );
          expect(store.Properties!.CredentialSecretArn).toEqual({ Ref: 'XksProxyCredentialArn' });
        }
      }
      for (const file of app.files) expect(file.content).not.toContain(planSecret);
    }
  });

  it('plan values with quotes, backslashes, ${ and line breaks arrive in the template unchanged', () => {
    const { XksStack: t } = templates.get('awkward-strings')!;
    expect(t!.Resources && (t as unknown as { Description: string }).Description).toBe(
      `AWS KMS external key store (XKS Planner): ${awkward.title}`,
    );
    expect(only(t!, 'Custom::XksKeyStore')).toMatchObject({
      CustomKeyStoreName: awkward.storeName,
      XksProxyUriPath: awkward.uriPath,
    });
    expect(only(t!, 'Custom::XksKey')).toMatchObject({
      Description: awkward.description,
      Tags: [{ TagKey: 'k "1"', TagValue: awkward.tagValue }],
    });
    expect(only(t!, 'AWS::SNS::Topic').TopicName).toBe(awkward.topic);
  });
});

// ------------------------------------------------------------------ property test, printed TS

/** Every string a printed file gives a property or argument, as a JavaScript engine reads it. */
function literalsOf(text: string): {
  errors: number;
  byName: Map<string, unknown[]>;
  args: Map<string, unknown[]>;
} {
  const file = ts.createSourceFile('f.ts', text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const errors = (file as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length;
  const byName = new Map<string, unknown[]>();
  const args = new Map<string, unknown[]>();
  const push = (map: Map<string, unknown[]>, key: string, value: unknown) =>
    map.set(key, [...(map.get(key) ?? []), value]);
  const isData = (node: ts.Node): boolean =>
    ts.isStringLiteral(node) ||
    (ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.PlusToken &&
      isData(node.left) &&
      isData(node.right));
  const evaluate = (node: ts.Node) => new Function(`return (${node.getText(file)});`)();
  const walk = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && isData(node.initializer)) {
      push(byName, node.name.getText(file).replace(/^"|"$/g, ''), evaluate(node.initializer));
    }
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      isData(node.right)
    ) {
      push(byName, node.left.name.text, evaluate(node.right));
    }
    if (ts.isNewExpression(node) && node.arguments?.[0] && isData(node.arguments[0])) {
      push(args, node.expression.getText(file), evaluate(node.arguments[0]));
    }
    node.forEachChild(walk);
  };
  walk(file);
  return { errors, byName, args };
}

describe('user strings come back unchanged from the printed TypeScript', () => {
  const fields = hostileFields(
    hostileText([
      '"',
      "'",
      '`',
      '\\',
      '\n',
      '\r\n',
      '\u2028',
      '${',
      '*/',
      '//',
      '\u0000',
      '😀',
      'e\u0301',
    ])
      // A principal naming KMS's own (cks.kms.<Region>.amazonaws.com) is written differently.
      .filter((value) => !/^cks\.kms\./.test(value)),
  );

  it('in every field a plan can fill', () => {
    fc.assert(
      fc.property(fields, (v) => {
        const plan = hostilePlan(v);
        const files = generateCdk(plan);
        const stack = literalsOf(files.find((f) => f.path === 'lib/xks-stack.ts')!.content);
        const app = literalsOf(files.find((f) => f.path === 'bin/app.ts')!.content);
        expect(stack.errors + app.errors).toBe(0);
        const one = (map: Map<string, unknown[]>, key: string) => map.get(key);
        expect({
          region: one(app.byName, 'region'),
          title: one(app.byName, 'description'),
          storeName: one(stack.byName, 'CustomKeyStoreName'),
          uriPath: one(stack.byName, 'XksProxyUriPath'),
          accessKeyId: one(stack.byName, 'AccessKeyId'),
          description: one(stack.byName, 'Description'),
          alias: one(stack.byName, 'aliasName'),
          xksKeyId: one(stack.byName, 'XksKeyId'),
          tag: [one(stack.byName, 'TagKey'), one(stack.byName, 'TagValue')],
          topic: one(stack.byName, 'topicName'),
          privateDnsName: one(stack.byName, 'privateDnsName'),
          uriEndpoint: one(stack.byName, 'XksProxyUriEndpoint'),
          verificationDomain: one(stack.byName, 'zoneName'),
          balancerName: one(stack.byName, 'loadBalancerName'),
          targetIp: one(stack.args, 'elbv2Targets.IpTarget'),
          healthPath: one(stack.byName, 'path'),
          certificateName: one(stack.byName, 'CertificateName'),
          principals: one(stack.args, 'iam.ArnPrincipal'),
        }).toEqual({
          region: [v.region],
          title: [`AWS KMS external key store (XKS Planner): ${v.title}`],
          storeName: [v.storeName],
          uriPath: [v.uriPath],
          accessKeyId: [v.accessKeyId],
          description: [v.description],
          alias: [v.alias],
          xksKeyId: [v.xksKeyId],
          tag: [[v.tagKey], [v.tagValue]],
          topic: [v.topic],
          privateDnsName: [v.privateDnsName],
          uriEndpoint: [`https://${v.privateDnsName}`, `https://${v.privateDnsName}`],
          verificationDomain: [v.verificationDomain],
          balancerName: [v.balancerName],
          targetIp: [v.targetIp],
          healthPath: [v.healthPath],
          certificateName: [v.certificateName],
          principals: [v.principal],
        });
      }),
      { numRuns: 100 },
    );
    // 100 generated apps take about 3.5 s alone; a shared, loaded machine needs more than 5 s.
  }, 30_000);
});

import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplePlans, findExample } from '../../plan/examples';
import { parsePlan } from '../../plan/parse-plan';
import type { Plan } from '../../plan/plan-schema';
import { plannedAlarms } from '../iac-model/alarms';
import { generateAwsCli } from './generate-aws-cli';
import { awsCliScriptName, secretVariable } from './script-names';

const secret = 'q0Vn3g0wD6u2mGQz8bq1Yl0m6s1Hn7Uu8pQ3eZ9fL2c=';
const workDir = mkdtempSync(join(tmpdir(), 'xks-aws-cli-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** A directory whose `aws` is fake-aws.sh, to put first on PATH. */
const fakeBin = join(workDir, 'bin');
mkdirSync(fakeBin);
writeFileSync(join(fakeBin, 'aws'), readFileSync(join(import.meta.dirname, 'fake-aws.sh')));
chmodSync(join(fakeBin, 'aws'), 0o755);

function scriptOf(plan: Plan): string {
  const files = generateAwsCli(plan);
  expect(files.map((file) => file.path)).toEqual(['README.md', awsCliScriptName]);
  return files[1]!.content;
}

interface ScriptRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Every aws call, as its argument list. */
  readonly calls: string[][];
  /** What the script passed to --cli-input-json. */
  readonly inputs: string;
}

let runCount = 0;

/** Runs the script with the fake AWS CLI and no terminal attached. */
function runScript(script: string, env: Record<string, string> = {}): ScriptRun {
  const dir = join(workDir, `run-${runCount++}`);
  mkdirSync(dir);
  const scriptPath = join(dir, awsCliScriptName);
  const log = join(dir, 'aws.log');
  const inputLog = join(dir, 'inputs.log');
  writeFileSync(scriptPath, script);
  writeFileSync(log, '');
  writeFileSync(inputLog, '');
  const result = spawnSync('bash', [scriptPath], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: `${fakeBin}:${process.env.PATH ?? ''}`,
      TMPDIR: dir,
      FAKE_AWS_LOG: log,
      FAKE_AWS_INPUT_LOG: inputLog,
      FAKE_ACCOUNT_ID: '111122223333',
      FAKE_DNS_STATE: 'verified',
      FAKE_CONNECTION_STATE: 'CONNECTED',
      POLL_INTERVAL_SECONDS: '0',
      [secretVariable]: secret,
      ...env,
    },
  });
  const fields = readFileSync(log, 'utf8').split('\0');
  const calls: string[][] = [];
  for (let index = 0; index < fields.length - 1;) {
    const count = Number(fields[index]);
    calls.push(fields.slice(index + 1, index + 1 + count));
    index += count + 1;
  }
  return { ...result, calls, inputs: readFileSync(inputLog, 'utf8') };
}

/** The aws calls of one command (e.g. 'kms create-key'), ignoring a leading --profile. */
function callsOf(run: ScriptRun, service: string, operation: string): string[][] {
  return run.calls
    .map((call) => (call[0] === '--profile' ? call.slice(2) : call))
    .filter((call) => call[0] === service && call[1] === operation);
}

function flagValue(call: readonly string[], flag: string): string | undefined {
  const index = call.indexOf(flag);
  return index < 0 ? undefined : call[index + 1];
}

/** The values after a flag, up to the last occurrence of `until` (or the end of the call). */
function flagValues(call: readonly string[], flag: string, until?: string): string[] {
  return call.slice(
    call.indexOf(flag) + 1,
    until === undefined ? undefined : call.lastIndexOf(until),
  );
}

const parsedExamples = examplePlans.map((example) => ({
  ...example,
  plan: parsePlan(example.document).plan,
}));
const readyExamples = parsedExamples.filter((example) => example.verdict === 'ready');

/** The plan without the endpoint service it names, so that the script builds the network. */
function buildingNetwork(plan: Plan): Plan {
  const keyStore = { ...plan.keyStore };
  delete keyStore.XksProxyVpcEndpointServiceName;
  return { ...plan, keyStore };
}

describe('generateAwsCli: the script is valid bash', () => {
  it.each(parsedExamples)('$id: passes bash -n and shellcheck (every severity)', ({ id, plan }) => {
    const path = join(workDir, `${id}.sh`);
    writeFileSync(path, scriptOf(plan));
    const syntax = spawnSync('bash', ['-n', path], { encoding: 'utf8' });
    expect(syntax.stderr).toBe('');
    expect(syntax.status).toBe(0);
    const lint = spawnSync('shellcheck', ['--shell=bash', '--severity=style', path], {
      encoding: 'utf8',
    });
    expect(lint.error).toBeUndefined();
    expect(lint.stdout).toBe('');
    expect(lint.status).toBe(0);
  });
});

const kmsModelPath = join(
  import.meta.dirname,
  '../../../../../shared/aws-models/kms-2014-11-01.service-2.json',
);

describe.runIf(existsSync(kmsModelPath))(
  'generateAwsCli: KMS commands exist in the API model',
  () => {
    interface Model {
      operations: Record<string, { input?: { shape: string } }>;
      shapes: Record<string, { type: string; members?: Record<string, { shape: string }> }>;
    }
    /** The AWS CLI's names: CreateCustomKeyStore → create-custom-key-store. */
    const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
    /** Options of the AWS CLI itself rather than of the operation. */
    const cliOptions = ['--query', '--output', '--cli-input-json', '--region', '--profile'];
    /** The flags of each command, read when a test runs (a skipped describe still runs this body). */
    const flagsByCommand = new Map<string, Set<string>>();
    beforeAll(() => {
      const model = JSON.parse(readFileSync(kmsModelPath, 'utf8')) as Model;
      for (const [operation, { input }] of Object.entries(model.operations)) {
        const members = input ? (model.shapes[input.shape]!.members ?? {}) : {};
        const flags = new Set(cliOptions);
        for (const [member, { shape }] of Object.entries(members)) {
          flags.add(`--${kebab(member)}`);
          if (model.shapes[shape]!.type === 'boolean') flags.add(`--no-${kebab(member)}`);
        }
        flagsByCommand.set(kebab(operation), flags);
      }
    });

    it.each(parsedExamples)('$id: every aws kms command and flag is in the model', ({ plan }) => {
      const lines = scriptOf(plan).replaceAll('\\\n', ' ').split('\n');
      const used = lines.flatMap((line) =>
        [...line.matchAll(/\baws kms ([a-z-]+)(.*)/g)].map((match) => ({
          command: match[1]!,
          flags: [...match[2]!.matchAll(/(?<=^|\s)--[a-z-]+/g)].map((flag) => flag[0]),
        })),
      );
      expect(used.length).toBeGreaterThan(3);
      for (const { command, flags } of used) {
        expect(flagsByCommand.has(command), command).toBe(true);
        for (const flag of flags) expect(flagsByCommand.get(command)!.has(flag), flag).toBe(true);
      }
    });
  },
);

describe('generateAwsCli: the script runs the whole sequence (fake AWS CLI)', () => {
  it.each(readyExamples)('$id: creates, connects and creates every key', (example) => {
    const plan = buildingNetwork(example.plan);
    const crossAccount = plan.keyStore!.XksProxyVpcEndpointServiceOwner !== undefined;
    const run = runScript(scriptOf(plan), crossAccount ? { NETWORK_PROFILE: 'network' } : {});
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // Only the network steps run as the account that owns the endpoint service.
    for (const call of run.calls) {
      const network = call.includes('elbv2') || call.includes('ec2');
      expect(call[0] === '--profile', call.join(' ')).toBe(crossAccount && network);
    }
    const operations = run.calls
      .map((call) => (call[0] === '--profile' ? call.slice(2) : call))
      .filter((call) => call[0] !== '--version')
      .map((call) => `${call[0]} ${call[1]}`);
    const vpc = plan.keyStore!.XksProxyConnectivity === 'VPC_ENDPOINT_SERVICE';
    // Each resource is looked up first (a second run reuses it), then created.
    const network = [
      'elbv2 describe-target-groups',
      'elbv2 create-target-group',
      'elbv2 register-targets',
      'elbv2 describe-load-balancers',
      'elbv2 create-load-balancer',
      'elbv2 wait',
      'elbv2 describe-listeners',
      'elbv2 create-listener',
      'ec2 describe-vpc-endpoint-service-configurations',
      'ec2 create-vpc-endpoint-service-configuration',
      'ec2 describe-vpc-endpoint-service-configurations',
      'ec2 modify-vpc-endpoint-service-permissions',
      'ec2 describe-vpc-endpoint-service-configurations',
      'ec2 describe-vpc-endpoint-service-configurations',
      'ec2 start-vpc-endpoint-service-private-dns-verification',
      'ec2 describe-vpc-endpoint-service-configurations',
    ];
    const keys = plan.keys!.flatMap((key) =>
      key.AliasName === undefined
        ? ['kms create-key']
        : ['kms create-key', 'kms describe-key', 'kms create-alias'],
    );
    const alarms = plannedAlarms(plan).length;
    expect(operations).toEqual([
      'sts get-caller-identity',
      ...(vpc ? network : []),
      'kms describe-custom-key-stores',
      'kms create-custom-key-store',
      'kms describe-custom-key-stores',
      'kms connect-custom-key-store',
      'kms describe-custom-key-stores',
      'kms list-keys',
      ...keys,
      'sns create-topic',
      ...Array.from({ length: alarms }, () => 'cloudwatch put-metric-alarm'),
    ]);

    const [create] = callsOf(run, 'kms', 'create-custom-key-store');
    const keyStore = plan.keyStore!;
    expect(flagValue(create!, '--custom-key-store-name')).toBe(keyStore.CustomKeyStoreName);
    expect(flagValue(create!, '--custom-key-store-type')).toBe('EXTERNAL_KEY_STORE');
    expect(flagValue(create!, '--xks-proxy-connectivity')).toBe(keyStore.XksProxyConnectivity);
    expect(flagValue(create!, '--xks-proxy-uri-endpoint')).toBe(keyStore.XksProxyUriEndpoint);
    expect(flagValue(create!, '--xks-proxy-uri-path')).toBe(keyStore.XksProxyUriPath);
    expect(flagValue(create!, '--xks-proxy-vpc-endpoint-service-owner')).toBe(
      keyStore.XksProxyVpcEndpointServiceOwner,
    );
    expect(JSON.parse(run.inputs)).toEqual({
      XksProxyAuthenticationCredential: {
        AccessKeyId: keyStore.XksProxyAuthenticationCredential!.AccessKeyId,
        RawSecretAccessKey: secret,
      },
    });
    // The secret went to KMS only through the input file, which is gone.
    expect(run.calls.flat().join('\n')).not.toContain(secret);
    expect(existsSync(flagValue(create!, '--cli-input-json')!.slice('file://'.length))).toBe(false);

    const createdKeys = callsOf(run, 'kms', 'create-key');
    expect(createdKeys.map((call) => flagValue(call, '--xks-key-id'))).toEqual(
      plan.keys!.map((key) => key.XksKeyId),
    );
    expect(createdKeys.map((call) => flagValue(call, '--origin'))).toEqual(
      plan.keys!.map(() => 'EXTERNAL_KEY_STORE'),
    );
    if (vpc) {
      const [permissions] = callsOf(run, 'ec2', 'modify-vpc-endpoint-service-permissions');
      expect(flagValues(permissions!, '--add-allowed-principals')).toEqual(
        plan.endpointService!.allowedPrincipals,
      );
      const [service] = callsOf(run, 'ec2', 'create-vpc-endpoint-service-configuration');
      expect(service).toContain('--no-acceptance-required');
      expect(flagValue(service!, '--private-dns-name')).toBe(plan.endpointService!.privateDnsName);
    }
  });

  const vpcPlan = buildingNetwork(findExample('vpc-endpoint-service-ready')!.document);

  it('uses the endpoint service the plan names, building no network', () => {
    const plan = findExample('vpc-endpoint-service-ready')!.document;
    const run = runScript(scriptOf(plan));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const operations = run.calls.map((call) => `${call[0]} ${call[1]}`);
    expect(operations.filter((operation) => operation.startsWith('elbv2 '))).toEqual([]);
    expect(operations).not.toContain('ec2 create-vpc-endpoint-service-configuration');
    expect(operations).not.toContain('ec2 modify-vpc-endpoint-service-permissions');
    const [describe] = callsOf(run, 'ec2', 'describe-vpc-endpoint-service-configurations');
    expect(flagValue(describe!, '--service-ids')).toBe('vpce-svc-0a1b2c3d4e5f60718');
  });

  it('fails clearly on a FAILED connection, with the ConnectionErrorCode', () => {
    const run = runScript(scriptOf(vpcPlan), { FAKE_CONNECTION_STATE: 'FAILED' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('ConnectionErrorCode XKS_PROXY_TIMED_OUT');
    expect(callsOf(run, 'kms', 'create-key')).toEqual([]);
  });

  it('gives up after the connection timeout', () => {
    const run = runScript(scriptOf(vpcPlan), {
      FAKE_CONNECTION_STATE: 'CONNECTING',
      CONNECT_TIMEOUT_SECONDS: '0',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('is still CONNECTING after 0 seconds');
  });

  it('waits for private DNS verification and stops when it fails', () => {
    const run = runScript(scriptOf(vpcPlan), { FAKE_DNS_STATE: 'failed' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Private DNS name verification failed');
    expect(callsOf(run, 'kms', 'create-custom-key-store')).toEqual([]);
  });

  it('creates the TXT record in Route 53 when a hosted zone is given', () => {
    const run = runScript(scriptOf(vpcPlan), { PUBLIC_HOSTED_ZONE_ID: 'Z0123456789ABC' });
    expect(run.status).toBe(0);
    const [change] = callsOf(run, 'route53', 'change-resource-record-sets');
    expect(flagValue(change!, '--hosted-zone-id')).toBe('Z0123456789ABC');
    expect(JSON.parse(flagValue(change!, '--change-batch')!)).toEqual({
      Changes: [
        {
          Action: 'UPSERT',
          ResourceRecordSet: {
            Name: `_verify123.${vpcPlan.endpointService!.verificationDomain}`,
            Type: 'TXT',
            TTL: 300,
            ResourceRecords: [{ Value: '"vpce:abcdefghij"' }],
          },
        },
      ],
    });
  });

  it('refuses to run without the secret when no terminal is attached', () => {
    const run = runScript(scriptOf(vpcPlan), { [secretVariable]: '' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Set ${secretVariable}`);
    expect(run.calls.filter((call) => call[0] !== '--version' && call[0] !== 'sts')).toEqual([]);
  });

  it('refuses to run while values the plan leaves out are empty, and names them', () => {
    const plan: Plan = {
      version: 1,
      keyStore: { XksProxyConnectivity: 'VPC_ENDPOINT_SERVICE' },
      keys: [{}],
    };
    const run = runScript(scriptOf(plan));
    expect(run.status).toBe(1);
    for (const name of ['REGION:', 'KEY_STORE_NAME:', 'VPC_ID:', 'SUBNET_IDS:', 'XKS_KEY_ID_1:']) {
      expect(run.stderr).toContain(name);
    }
    expect(run.calls).toEqual([]);
  });

  it('refuses to create anything in another account than the plan says', () => {
    const run = runScript(scriptOf(vpcPlan), { FAKE_ACCOUNT_ID: '999999999999' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('account 999999999999');
    expect(callsOf(run, 'elbv2', 'create-target-group')).toEqual([]);
  });
});

describe('generateAwsCli: arbitrary user strings reach the AWS CLI unchanged', () => {
  const text = fc
    .string({
      unit: fc.oneof(
        fc.constantFrom(...`'"\\$\`!~*?[]{}()<>;&|# \t\n=,:@%-`.split('')),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      ),
      minLength: 1,
      maxLength: 20,
    })
    .filter((value) => !value.includes('\0'));

  // Each case runs the whole script in bash with a fake aws: seconds in all, more than the default.
  const scriptRunsTimeout = 120_000;

  it(
    'in the key store and key fields (public endpoint)',
    () => {
      const base = findExample('public-endpoint-ready')!.document;
      fc.assert(
        fc.property(
          fc.record({
            name: text,
            endpoint: text,
            path: text,
            xksKeyId: text,
            description: text,
            alias: text,
            tagKey: text,
            tagValue: fc.string(),
          }),
          (values) => {
            const plan: Plan = {
              ...base,
              keyStore: {
                ...base.keyStore,
                CustomKeyStoreName: values.name,
                XksProxyUriEndpoint: values.endpoint,
                XksProxyUriPath: values.path,
              },
              keys: [
                {
                  XksKeyId: values.xksKeyId,
                  Description: values.description,
                  AliasName: values.alias,
                  Tags: [{ TagKey: values.tagKey, TagValue: values.tagValue }],
                },
              ],
            };
            const run = runScript(scriptOf(plan));
            expect(run.stderr).toBe('');
            const [create] = callsOf(run, 'kms', 'create-custom-key-store');
            expect(flagValue(create!, '--custom-key-store-name')).toBe(values.name);
            expect(flagValue(create!, '--xks-proxy-uri-endpoint')).toBe(values.endpoint);
            expect(flagValue(create!, '--xks-proxy-uri-path')).toBe(values.path);
            const [key] = callsOf(run, 'kms', 'create-key');
            expect(flagValue(key!, '--xks-key-id')).toBe(values.xksKeyId);
            expect(flagValue(key!, '--description')).toBe(values.description);
            expect(JSON.parse(flagValue(key!, '--tags')!)).toEqual(plan.keys![0]!.Tags);
            const [alias] = callsOf(run, 'kms', 'create-alias');
            expect(flagValue(alias!, '--alias-name')).toBe(values.alias);
          },
        ),
        { numRuns: 25 },
      );
    },
    scriptRunsTimeout,
  );

  it(
    'in the network fields (VPC endpoint service)',
    () => {
      const base = buildingNetwork(findExample('vpc-endpoint-service-ready')!.document);
      fc.assert(
        fc.property(
          fc.record({
            region: text,
            vpcId: text,
            loadBalancerName: text,
            targetGroupName: text,
            subnets: fc.array(text, { minLength: 1, maxLength: 3 }),
            targetAddress: text,
            healthCheckPath: text,
            principal: text,
            privateDnsName: text,
          }),
          (values) => {
            const loadBalancer = base.loadBalancer!;
            const plan: Plan = {
              ...base,
              region: values.region,
              loadBalancer: {
                ...loadBalancer,
                name: values.loadBalancerName,
                subnetIds: values.subnets,
                targetGroup: {
                  ...loadBalancer.targetGroup,
                  name: values.targetGroupName,
                  vpcId: values.vpcId,
                  healthCheck: { protocol: 'HTTP', path: values.healthCheckPath },
                  targets: [{ ipAddress: values.targetAddress, port: 8443 }],
                },
              },
              endpointService: {
                ...base.endpointService,
                allowedPrincipals: [values.principal],
                privateDnsName: values.privateDnsName,
              },
            };
            const run = runScript(scriptOf(plan));
            expect(run.stderr).toBe('');
            const [targetGroup] = callsOf(run, 'elbv2', 'create-target-group');
            expect(flagValue(targetGroup!, '--name')).toBe(values.targetGroupName);
            expect(flagValue(targetGroup!, '--vpc-id')).toBe(values.vpcId);
            expect(flagValue(targetGroup!, '--health-check-path')).toBe(values.healthCheckPath);
            const [targets] = callsOf(run, 'elbv2', 'register-targets');
            expect(JSON.parse(flagValue(targets!, '--targets')!)).toEqual([
              // The example's proxy is on premises: its addresses are outside the VPC.
              { Id: values.targetAddress, Port: 8443, AvailabilityZone: 'all' },
            ]);
            const [loadBalancerCall] = callsOf(run, 'elbv2', 'create-load-balancer');
            expect(flagValue(loadBalancerCall!, '--name')).toBe(values.loadBalancerName);
            expect(flagValues(loadBalancerCall!, '--subnets', '--query')).toEqual([
              ...new Set(values.subnets),
            ]);
            const [service] = callsOf(run, 'ec2', 'create-vpc-endpoint-service-configuration');
            expect(flagValue(service!, '--private-dns-name')).toBe(values.privateDnsName);
            const [permissions] = callsOf(run, 'ec2', 'modify-vpc-endpoint-service-permissions');
            const principals = flagValues(permissions!, '--add-allowed-principals');
            expect(principals[0]).toBe(`cks.kms.${values.region}.amazonaws.com`);
            expect(principals.slice(1)).toEqual(
              values.principal === principals[0] ? [] : [values.principal],
            );
          },
        ),
        { numRuns: 25 },
      );
    },
    scriptRunsTimeout,
  );
});

describe('generateAwsCli: secrets', () => {
  it('never writes a secret, even one smuggled into the plan object', () => {
    const document = findExample('plan-with-mistakes')!.document;
    const stored = (document.keyStore!.XksProxyAuthenticationCredential as Record<string, string>)
      .RawSecretAccessKey!;
    for (const file of generateAwsCli(document)) expect(file.content).not.toContain(stored);
  });
});

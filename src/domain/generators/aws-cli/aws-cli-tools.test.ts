/**
 * Proof with the real AWS CLI 1.45 (awscli and botocore on PATH): every example plan and
 * variant's script passes `bash -n` and `shellcheck -S style`, then runs end to end twice against
 * a local stub (../testing/aws-stub): every `aws` command goes through the real CLI's parser,
 * parameter validation and request serialization; only the answers come from the stub. The
 * second run must create nothing new. Nothing can reach AWS: AWS_ENDPOINT_URL is a closed
 * loopback port and the stub answers before any request is sent.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existingEndpointServiceOf } from '../iac-model/topology';
import {
  awsCliPython,
  startAwsStub,
  stubCalls,
  stubFolder,
  type StubCall,
} from '../testing/aws-stub-process';
import { exportVariants, type ExportVariant } from '../testing/export-variants';
import {
  inBatches,
  requireTool,
  runTool,
  toolCacheRoot,
  writeFiles,
  type ToolResult,
} from '../testing/tool-harness';
import { generateAwsCli } from './generate-aws-cli';
import { awsCliScriptName } from './script-names';

const root = join(toolCacheRoot, 'aws-cli');
const secret = 'q0Vn3g0wD6u2mGQz8bq1Yl0m6s1Hn7Uu8pQ3eZ9fL2c=';

interface VariantRun {
  readonly lint: ToolResult;
  readonly syntax: ToolResult;
  readonly runs: ToolResult[];
  readonly calls: StubCall[][];
}

const results = new Map<string, VariantRun>();
const stopStubs: (() => void)[] = [];

async function proveVariant(python: string, variant: ExportVariant): Promise<void> {
  const folder = writeFiles(join(root, variant.id), generateAwsCli(variant.plan));
  const script = join(folder, awsCliScriptName);
  const syntax = await runTool('bash', ['-n', script]);
  const lint = await runTool('shellcheck', ['--shell=bash', '--severity=style', script]);
  if (!stubRun.has(variant.id)) {
    results.set(variant.id, { lint, syntax, runs: [], calls: [] });
    return;
  }
  const log = join(folder, 'stub-calls.jsonl');
  const config = join(folder, 'aws-config');
  writeFileSync(
    config,
    '[default]\ncli_follow_urlparam = false\n\n[profile network]\naws_access_key_id = AKIASTUBNETWORKSTUB\naws_secret_access_key = stub\n',
  );
  writeFileSync(log, '');
  const owner = variant.plan.keyStore?.XksProxyVpcEndpointServiceOwner;
  // The endpoint service the plan names exists before the script runs, in its planned state.
  const existing = existingEndpointServiceOf(variant.plan);
  const seededServices =
    existing === undefined
      ? []
      : [
          {
            ServiceName: existing.serviceName,
            PrivateDnsName: variant.plan.endpointService?.privateDnsName,
            State: variant.plan.endpointService?.domainVerificationState ?? 'pendingVerification',
          },
        ];
  const env = {
    PATH: `${stubFolder}:${process.env.PATH}`,
    HOME: folder,
    XKS_AWS_STUB_SOCKET: join(folder, 'stub.sock'),
    XKS_AWS_STUB_LOG: log,
    NETWORK_PROFILE: owner === undefined ? '' : 'network',
    AWS_CONFIG_FILE: config,
    AWS_SHARED_CREDENTIALS_FILE: join(folder, 'no-credentials'),
    AWS_ACCESS_KEY_ID: 'AKIASTUBSTUBSTUBSTUB',
    AWS_SECRET_ACCESS_KEY: 'stub',
    AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
    XKS_PROXY_SECRET_ACCESS_KEY: secret,
    PUBLIC_HOSTED_ZONE_ID: 'Z0123456789STUB',
    POLL_INTERVAL_SECONDS: '0',
    XKS_AWS_STUB_SERVICES: JSON.stringify(seededServices),
  };
  stopStubs.push(
    await startAwsStub(python, env, {
      default: variant.plan.accountId ?? '',
      ...(owner === undefined ? {} : { network: owner }),
    }),
  );
  const runs: ToolResult[] = [];
  const calls: StubCall[][] = [];
  let seen = 0;
  for (let round = 0; round < 2; round++) {
    runs.push(await runTool('bash', [script], { cwd: folder, env }));
    const all = stubCalls(log);
    calls.push(all.slice(seen));
    seen = all.length;
  }
  results.set(variant.id, { lint, syntax, runs, calls });
}

beforeAll(async () => {
  await Promise.all([requireTool('awsCli'), requireTool('shellcheck')]);
  const python = await awsCliPython();
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  await inBatches(exportVariants, 2, (variant) => proveVariant(python, variant));
}, 900_000);

afterAll(() => {
  for (const stop of stopStubs) stop();
});

/**
 * Calls that make something new. AWS documents three of the script's calls as idempotent, so a
 * second run may repeat them without changing anything: CreateTopic with an existing name returns
 * that topic, PutMetricAlarm replaces the alarm of the same name, and RegisterTargets of targets
 * already registered does nothing.
 */
const idempotent = new Set(['CreateTopic', 'PutMetricAlarm', 'RegisterTargets']);
const created = (calls: readonly StubCall[]) =>
  calls.filter(
    (call) =>
      /^(Create|Put|Register)/.test(call.operation) &&
      !idempotent.has(call.operation) &&
      !call.error,
  );

/**
 * The variants run end to end (each AWS call is a real CLI start, about 0.3 s): every example that
 * has no error finding, and the variants whose scripts take other paths.
 */
const stubRun = new Set([
  'public-endpoint-ready',
  'vpc-endpoint-service-ready',
  'vpc-cross-account',
  'hostile-strings',
  'new-endpoint-service',
  'cross-account-new-endpoint-service',
]);
const runnable = exportVariants.filter((variant) => stubRun.has(variant.id));

describe('AWS CLI export, proven with the real AWS CLI 1.45 against a local stub', () => {
  it.each(exportVariants.map((variant) => variant.id))('%s: bash -n and shellcheck', (id) => {
    const { syntax, lint } = results.get(id)!;
    expect(syntax.stderr).toBe('');
    expect(lint.stdout).toBe('');
    expect(lint.code).toBe(0);
  });

  it.each(runnable.map((variant) => variant.id))(
    '%s: runs end to end, and a second run changes nothing',
    (id) => {
      const { runs, calls } = results.get(id)!;
      for (const run of runs) {
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
      }
      expect(created(calls[0]!).length).toBeGreaterThan(0);
      expect(created(calls[1]!).map((call) => call.operation)).toEqual([]);
    },
  );

  it.each(runnable.filter((variant) => existingEndpointServiceOf(variant.plan)).map((v) => v.id))(
    '%s: uses the endpoint service the plan names and creates no network',
    (id) => {
      const plan = runnable.find((variant) => variant.id === id)!.plan;
      const calls = results.get(id)!.calls[0]!;
      expect(
        calls
          .map((call) => call.operation)
          .filter((operation) =>
            /^Create(TargetGroup|LoadBalancer|Listener|VpcEndpointServiceConfiguration)$/.test(
              operation,
            ),
          ),
      ).toEqual([]);
      const store = calls.find((call) => call.operation === 'CreateCustomKeyStore')!;
      expect(store.params.XksProxyVpcEndpointServiceName).toBe(
        plan.keyStore!.XksProxyVpcEndpointServiceName,
      );
    },
  );

  it.each(runnable.map((variant) => variant.id))(
    '%s: the AWS CLI parser accepts every command',
    (id) => {
      const rejected = results
        .get(id)!
        .runs.flatMap((run) => run.stderr.split('\n'))
        .filter((line) =>
          /^(usage: aws|aws: error|Unknown options|Parameter validation)/.test(line),
        );
      expect(rejected).toEqual([]);
    },
  );
});

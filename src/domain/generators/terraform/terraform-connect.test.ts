/**
 * The optional connect step (`connect_key_store = true`), proven with the real Terraform 1.11 and
 * the real AWS CLI 1.45: `terraform test` applies an export twice against `mock_provider "aws"`,
 * and the step's local-exec provisioner (provisioners run under mocked providers) runs
 * connect-key-store.sh, whose `aws` calls go through the real CLI to the local stub
 * (../testing/aws-stub), which holds the store the mock created, DISCONNECTED. Nothing reaches
 * AWS: AWS_ENDPOINT_URL is a closed loopback port. The default (off) is proven by
 * terraform-tools.test.ts on every variant.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  awsCliPython,
  startAwsStub,
  stubCalls,
  stubFolder,
  type StubCall,
} from '../testing/aws-stub-process';
import { exportVariants } from '../testing/export-variants';
import {
  requireTool,
  runTool,
  terraformEnvironment,
  toolCacheRoot,
  writeFiles,
  type ToolResult,
} from '../testing/tool-harness';
import { applyTwiceTest, mockStoreId, withoutPreventDestroy } from './apply-twice-test';
import { connectScriptName } from './connect-step';
import { generateTerraform } from './generate-terraform';

const root = join(toolCacheRoot, 'terraform-connect');
const files = generateTerraform(exportVariants.find((v) => v.id === 'public-endpoint-ready')!.plan);
const content = (path: string) => files.find((file) => file.path === path)!.content;

interface ConnectRun {
  readonly result: ToolResult;
  readonly calls: StubCall[];
}

const stops: (() => void)[] = [];
const runs = new Map<string, ConnectRun>();
let lint: ToolResult;

/** Applies the export twice with the connect step on; the stub's store fails with `failWith`. */
async function applyWithConnect(
  python: string,
  name: string,
  failWith?: string,
): Promise<ConnectRun> {
  const folder = writeFiles(join(root, name), [
    ...withoutPreventDestroy(files),
    {
      path: 'tests/connect.tftest.hcl',
      content: applyTwiceTest(
        { variablesTf: content('variables.tf'), tfvars: content('terraform.tfvars') },
        [],
        [],
        { variables: { connect_key_store: 'true' } },
      ),
    },
  ]);
  const log = join(folder, 'stub-calls.jsonl');
  writeFileSync(log, '');
  const env = {
    ...terraformEnvironment(),
    PATH: `${stubFolder}:${process.env.PATH}`,
    HOME: folder,
    XKS_AWS_STUB_SOCKET: join(folder, 'stub.sock'),
    XKS_AWS_STUB_LOG: log,
    XKS_AWS_STUB_STORES: JSON.stringify([
      {
        CustomKeyStoreId: mockStoreId,
        CustomKeyStoreName: 'stub',
        ...(failWith === undefined ? {} : { FailWith: failWith }),
      },
    ]),
    AWS_CONFIG_FILE: join(folder, 'no-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(folder, 'no-credentials'),
    AWS_ACCESS_KEY_ID: 'AKIASTUBSTUBSTUBSTUB',
    AWS_SECRET_ACCESS_KEY: 'stub',
    AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
    POLL_INTERVAL_SECONDS: '0',
  };
  stops.push(await startAwsStub(python, env, { default: '111122223333' }));
  const init = await runTool('terraform', ['init', '-backend=false', '-input=false', '-no-color'], {
    cwd: folder,
    env,
  });
  if (init.code !== 0) return { result: init, calls: [] };
  const result = await runTool('terraform', ['test', '-no-color'], { cwd: folder, env });
  return { result, calls: stubCalls(log) };
}

beforeAll(async () => {
  await Promise.all([requireTool('terraform'), requireTool('awsCli'), requireTool('shellcheck')]);
  const python = await awsCliPython();
  mkdirSync(root, { recursive: true });
  const scriptFolder = writeFiles(join(root, 'script'), files);
  lint = await runTool('shellcheck', [
    '--shell=bash',
    '--severity=style',
    join(scriptFolder, connectScriptName),
  ]);
  runs.set('connects', await applyWithConnect(python, 'connects'));
  runs.set('fails', await applyWithConnect(python, 'fails', 'XKS_PROXY_TIMED_OUT'));
}, 600_000);

afterAll(() => {
  for (const stop of stops) stop();
});

const operations = (calls: readonly StubCall[]) => calls.map((call) => call.operation);

describe('the optional connect step, run by terraform test against the AWS CLI stub', () => {
  it('connect-key-store.sh passes shellcheck -S style', () => {
    expect(lint.stdout).toBe('');
    expect(lint.code).toBe(0);
  });

  it('connects the new store once and waits until it is CONNECTED; the second apply calls nothing', () => {
    const { result, calls } = runs.get('connects')!;
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/Success! 2 passed, 0 failed\./);
    expect(operations(calls)).toEqual([
      'DescribeCustomKeyStores',
      'ConnectCustomKeyStore',
      'DescribeCustomKeyStores',
      'DescribeCustomKeyStores',
    ]);
    for (const call of calls) {
      expect(call.params.CustomKeyStoreId).toBe(mockStoreId);
      // Every option is written --option=value.
      expect(call.argv.filter((arg) => arg.startsWith('--') && !arg.includes('='))).toEqual([]);
    }
    expect(calls.every((call) => call.error === undefined)).toBe(true);
  });

  it('fails the apply with a message naming the ConnectionErrorCode', () => {
    const { result, calls } = runs.get('fails')!;
    expect(result.code).not.toBe(0);
    // Terraform wraps the provisioner's output: compare with the line breaks as spaces.
    expect(`${result.stdout}${result.stderr}`.replace(/\s+/g, ' ')).toContain(
      `The key store ${mockStoreId} failed to connect: ConnectionErrorCode XKS_PROXY_TIMED_OUT`,
    );
    expect(operations(calls)).toContain('ConnectCustomKeyStore');
  });
});

/**
 * Starts the local AWS stub (./aws-stub) that the exports' AWS CLI commands run against: the
 * `aws` shim on PATH hands each call to the real AWS CLI inside the stub server, which answers
 * with the stub's documented states and logs every request. Test support only.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runTool } from './tool-harness';

export const stubFolder = join(import.meta.dirname, 'aws-stub');

/** The stub's record of one AWS call. */
export interface StubCall {
  readonly argv: string[];
  readonly service: string;
  readonly operation: string;
  readonly params: Record<string, unknown>;
  readonly error?: string;
}

/** The Python interpreter that has awscli: the one the `aws` on PATH runs. */
export async function awsCliPython(): Promise<string> {
  for (const candidate of ['python3', 'python']) {
    const probe = await runTool(candidate, ['-c', 'import awscli']).catch(() => undefined);
    if (probe?.code === 0) return candidate;
  }
  throw new Error('No python on PATH can import awscli (install the AWS CLI 1.45 with pip).');
}

/**
 * Starts the stub with the environment the calls use (the CLI reads it once): it listens on
 * XKS_AWS_STUB_SOCKET and logs to XKS_AWS_STUB_LOG. Returns a function that stops it.
 */
export async function startAwsStub(
  python: string,
  env: NodeJS.ProcessEnv,
  accounts: Record<string, string>,
): Promise<() => void> {
  const server = spawn(
    python,
    [
      join(stubFolder, 'aws_cli_stub_server.py'),
      env.XKS_AWS_STUB_SOCKET!,
      env.XKS_AWS_STUB_LOG!,
      ...Object.entries(accounts).map(([profile, account]) => `${profile}=${account}`),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], env },
  );
  await new Promise<void>((resolve, reject) => {
    server.stdout.once('data', () => resolve());
    server.once('exit', (code) => reject(new Error(`the AWS CLI stub exited with ${code}`)));
  });
  return () => server.kill();
}

/** Every call the stub has logged so far. */
export function stubCalls(log: string): StubCall[] {
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as StubCall);
}

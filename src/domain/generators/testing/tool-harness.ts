/**
 * Runs the real infrastructure tools the exports are proven with (Terraform, cfn-lint, the AWS CLI,
 * shellcheck). A missing tool fails the test with a message naming it and how to get it: a proof
 * never skips silently. `.ci/run` checks the same list before the tests start.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { GeneratedFile } from '../types';

export const projectRoot = join(import.meta.dirname, '../../../..');
export const toolCacheRoot = join(projectRoot, 'node_modules/.cache/xks-tools');

const execFileAsync = promisify(execFile);

export interface ToolResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command and returns its exit code and output instead of throwing on a non-zero exit. */
export async function runTool(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {},
): Promise<ToolResult> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code?: number | string; stdout?: string; stderr?: string };
    if (failure.code === 'ENOENT') {
      throw new Error(`${command} is not installed or not on PATH (see README.md, "Tools").`);
    }
    return {
      code: typeof failure.code === 'number' ? failure.code : 1,
      stdout: failure.stdout ?? '',
      stderr: failure.stderr ?? String(error),
    };
  }
}

/** The versions the proofs were written against; another version fails with what was found. */
export const requiredTools = {
  terraform: { command: 'terraform', args: ['version'], expect: /^Terraform v1\.11\./ },
  cfnLint: { command: 'cfn-lint', args: ['--version'], expect: /^cfn-lint 1\.51\./ },
  awsCli: { command: 'aws', args: ['--version'], expect: /^aws-cli\/1\.45\./ },
  shellcheck: { command: 'shellcheck', args: ['--version'], expect: /version: / },
} as const;

export async function requireTool(name: keyof typeof requiredTools): Promise<void> {
  const tool = requiredTools[name];
  const result = await runTool(tool.command, tool.args);
  const text = `${result.stdout}${result.stderr}`.trim();
  if (result.code !== 0 || !tool.expect.test(text)) {
    throw new Error(`${tool.command}: expected ${tool.expect}, found: ${text.split('\n')[0]}`);
  }
}

/**
 * The environment Terraform runs with in the tests: a CLI configuration (written here) that
 * installs providers only from the filesystem mirror /opt/tf-plugins, and no checkpoint calls.
 */
export function terraformEnvironment(): NodeJS.ProcessEnv {
  const config = join(toolCacheRoot, 'terraform-mirror.tfrc');
  mkdirSync(toolCacheRoot, { recursive: true });
  writeFileSync(
    config,
    'provider_installation {\n  filesystem_mirror {\n    path = "/opt/tf-plugins"\n  }\n}\n',
  );
  return {
    ...process.env,
    TF_CLI_CONFIG_FILE: config,
    TF_IN_AUTOMATION: '1',
    CHECKPOINT_DISABLE: '1',
  };
}

/** Writes an export's files into a fresh folder and returns its path. */
export function writeFiles(folder: string, files: readonly GeneratedFile[]): string {
  rmSync(folder, { recursive: true, force: true });
  for (const file of files) {
    mkdirSync(dirname(join(folder, file.path)), { recursive: true });
    writeFileSync(join(folder, file.path), file.content);
  }
  return folder;
}

/** Runs `work` over `items`, at most `limit` at a time (the machine has two cores). */
export async function inBatches<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

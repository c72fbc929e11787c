// Shared harness of the CLI tests: runs the CLI in-process against the real file system, with a
// fixed clock and captured output. A helper, not a test file: its name does not end in .test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { testNow } from '../domain/engine/rule-tester';
import type { CliIo } from './cli-io';
import { nodeFiles } from './node-files';
import { run } from './run';

/** The moment the tests judge dates against: the rule tests' own. */
export { testNow };

/** The path of an example plan as a user would type it from the project root: relative. */
export const examplePath = (id: string) =>
  relative(process.cwd(), fileURLToPath(new URL(`../../examples/${id}.json`, import.meta.url)));

/** A fresh temporary folder, removed after the calling test file has run. */
export function temporaryWorkspace(prefix: string): string {
  const path = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(path, { recursive: true, force: true }));
  return path;
}

/** Runs the CLI with `argv`: no terminal, an empty environment and `testNow` unless overridden. */
export async function runCli(argv: readonly string[], overrides: Partial<CliIo> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    ...nodeFiles,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    isTTY: false,
    env: {},
    now: () => testNow,
    ...overrides,
  });
  return { code, stdout, stderr };
}

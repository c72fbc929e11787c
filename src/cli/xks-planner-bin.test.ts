/** End to end: the built command, started the way npm starts it. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(projectRoot, 'bin', 'xks-planner.mjs');

describe('bin/xks-planner.mjs', () => {
  beforeAll(async () => {
    await build({
      root: projectRoot,
      configFile: join(projectRoot, 'vite.cli.config.ts'),
      logLevel: 'silent',
    });
  }, 60_000);

  it('checks example plans and exits with the findings code', () => {
    const result = spawnSync(
      process.execPath,
      [
        bin,
        'check',
        'examples/plan-with-mistakes.json',
        'examples/public-endpoint-ready.json',
        '--format',
        'json',
      ],
      { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { file: string; summary: { errors: number } }[];
    expect(report.map(({ file }) => file)).toEqual([
      'examples/plan-with-mistakes.json',
      'examples/public-endpoint-ready.json',
    ]);
    expect(report[0]!.summary.errors).toBeGreaterThan(0);
  });

  describe('without a build', () => {
    const unbuilt = mkdtempSync(join(tmpdir(), 'xks-planner-unbuilt-'));
    afterAll(() => rmSync(unbuilt, { recursive: true, force: true }));

    it('says how to build it and exits 2', () => {
      mkdirSync(join(unbuilt, 'bin'));
      copyFileSync(bin, join(unbuilt, 'bin', 'xks-planner.mjs'));
      const result = spawnSync(process.execPath, [join(unbuilt, 'bin', 'xks-planner.mjs')], {
        encoding: 'utf8',
      });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(
        'xks-planner is not built yet: run npm install (or npm run build:cli)\n',
      );
    });
  });
});

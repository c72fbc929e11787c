/**
 * End to end: the built command, started the way npm starts it, and the npm package as another
 * project installs it. One file, so that the two builds of dist-cli never run at the same time.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { temporaryWorkspace } from './cli-test-support';

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

/** Runs a program to the end; a failure to start or a signal is a test failure with its output. */
function runProgram(command: string, args: readonly string[], options: SpawnSyncOptions) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.error || result.status === null) {
    throw new Error(`${command} ${args.join(' ')}: ${result.error ?? result.signal}`);
  }
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

describe('the npm package', () => {
  const workspace = temporaryWorkspace('xks-planner-package-');
  const project = join(workspace, 'project');
  const example = (id: string) => join(projectRoot, 'examples', `${id}.json`);
  let packedFiles: string[] = [];

  // Packed as `npm pack` does it (its "prepare" script builds dist-cli), then installed from the
  // tarball into an empty project; --offline proves that it needs nothing from a registry.
  beforeAll(() => {
    const pack = runProgram('npm', ['pack', '--pack-destination', workspace], {
      cwd: projectRoot,
    });
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = join(workspace, `xks-planner-${version}.tgz`);
    packedFiles = runProgram('tar', ['-tzf', tarball], {}).stdout.trim().split('\n').sort();
    mkdirSync(project);
    const install = runProgram(
      'npm',
      ['install', '--offline', '--no-audit', '--no-fund', tarball],
      { cwd: project },
    );
    expect(install.status, install.stderr).toBe(0);
  }, 180_000);

  /** The installed command, from the project it is installed in. */
  const xksPlanner = (...args: string[]) =>
    runProgram(join(project, 'node_modules', '.bin', 'xks-planner'), args, {
      cwd: project,
      env: { ...process.env, NO_COLOR: '1', XKS_PLANNER_URL: '' },
    });

  it('holds only the command: its launcher, its bundle, package.json and the README', () => {
    expect(packedFiles).toEqual([
      'package/README.md',
      'package/bin/xks-planner.mjs',
      'package/dist-cli/xks-planner.mjs',
      'package/package.json',
    ]);
  });

  it('depends on no other package: the bundle holds everything it runs', () => {
    const installed = JSON.parse(
      readFileSync(join(project, 'node_modules', 'xks-planner', 'package.json'), 'utf8'),
    ) as { dependencies?: unknown };
    expect(
      installed.dependencies,
      'a package in "dependencies" would be installed with the CLI: list it in devDependencies',
    ).toBeUndefined();
  });

  it('prints its version', () => {
    expect(xksPlanner('--version')).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  // Every command, so that a new one is one more entry here.
  it.each(['check', 'export', 'link', 'open', 'report', 'explain'])(
    'prints the usage of %s for --help',
    (command) => {
      const help = xksPlanner(command, '--help');
      expect(help.status).toBe(0);
      expect(help.stdout).toContain(`xks-planner ${command} `);
      expect(help.stderr).toBe('');
    },
  );

  it('checks plans: exit 0 when ready, 1 with errors, each finding on its line in SARIF', () => {
    const ready = xksPlanner('check', example('public-endpoint-ready'));
    expect(ready.status, ready.stderr).toBe(0);
    expect(ready.stdout).toContain('0 errors');

    const draft = xksPlanner('check', example('plan-with-mistakes'), '--format', 'sarif');
    expect(draft.status, draft.stderr).toBe(1);
    const results = (
      JSON.parse(draft.stdout) as {
        runs: { results: { locations: { physicalLocation: { region?: unknown } }[] }[] }[];
      }
    ).runs[0]!.results;
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(result.locations[0]!.physicalLocation.region).toBeDefined();
    }
  });

  it('exports a plan as Terraform', () => {
    const out = join(workspace, 'terraform');
    const exported = xksPlanner(
      'export',
      example('public-endpoint-ready'),
      '--format',
      'terraform',
      '--out',
      out,
    );
    expect(exported.status, exported.stderr).toBe(0);
    expect(readFileSync(join(out, 'main.tf'), 'utf8')).toContain(
      'resource "aws_kms_custom_key_store"',
    );
  });

  it('prints a share link that open reads back', () => {
    const link = xksPlanner(
      'link',
      example('vpc-cross-account'),
      '--base',
      'https://planner.example',
    );
    expect(link.status, link.stderr).toBe(0);
    expect(link.stdout).toMatch(/^https:\/\/planner\.example\/plan\/review#plan=1\.[\w-]+\n$/);
    const opened = xksPlanner('open', link.stdout.trim());
    expect(opened.status, opened.stderr).toBe(0);
    expect(JSON.parse(opened.stdout)).toMatchObject({
      keyStore: { CustomKeyStoreName: 'workload-xks' },
    });
  });

  it('writes the readiness report', () => {
    const report = xksPlanner('report', example('public-endpoint-ready'));
    expect(report.status, report.stderr).toBe(0);
    expect(report.stdout).toMatch(/^# Readiness report: /);
    expect(report.stdout).toContain('Ready: no blocking findings');
  });

  it('explains an error code', () => {
    const explained = xksPlanner('explain', 'XKS_PROXY_TIMED_OUT');
    expect(explained.status, explained.stderr).toBe(0);
    expect(explained.stdout).toMatch(/^XKS_PROXY_TIMED_OUT: /);
  });
});

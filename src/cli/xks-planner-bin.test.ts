/**
 * End to end: the built command, started the way npm starts it, and the npm package as another
 * project installs it. One file, so that the two builds of dist-cli never run at the same time.
 */
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { version } from '../../package.json' with { type: 'json' };
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

  it.each([
    [['explain', '--list'], 0],
    [['explain', 'INVALID_CREDENTIALS'], 0],
    [['report', 'examples/public-endpoint-ready.json'], 0],
    [['check', 'examples/plan-with-mistakes.json', '--format', 'sarif'], 1],
    [['link', 'examples/public-endpoint-ready.json'], 0],
  ])(
    'exits quietly with its own code when the reader closes the pipe early: %j',
    async (args, expectedCode) => {
      // As `xks-planner … | head -1` does once it has its line: here before the first.
      const child = spawn(process.execPath, [bin, ...args], {
        cwd: projectRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
      const code = await new Promise((resolve) => child.on('close', resolve));
      expect(stderr).toBe('');
      expect(code).toBe(expectedCode);
    },
    // Each starts a Node process: seconds on a busy machine.
    20_000,
  );

  it('checks a well-formed plan without loading zod, which only a plan to explain needs', () => {
    // A copy of the command without the chunks that hold zod: what a check runs without them
    // never loads them.
    const copy = temporaryWorkspace('xks-planner-without-zod-');
    cpSync(join(projectRoot, 'bin'), join(copy, 'bin'), { recursive: true });
    cpSync(join(projectRoot, 'dist-cli'), join(copy, 'dist-cli'), { recursive: true });
    const chunks = join(copy, 'dist-cli', 'chunks');
    const withZod = readdirSync(chunks).filter((name) =>
      readFileSync(join(chunks, name), 'utf8').includes('jitless'),
    );
    expect(withZod.length).toBeGreaterThan(0);
    for (const name of withZod) rmSync(join(chunks, name));
    const check = (example: string) =>
      spawnSync(process.execPath, [join(copy, 'bin', 'xks-planner.mjs'), 'check', example], {
        cwd: projectRoot,
        encoding: 'utf8',
      });
    for (const example of ['public-endpoint-ready', 'vpc-endpoint-service-ready']) {
      const result = check(`examples/${example}.json`);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    }
    const explained = check('examples/plan-with-mistakes.json');
    expect(explained.status).toBe(2);
    expect(withZod.some((name) => explained.stderr.includes(name))).toBe(true);
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

// Each test starts the installed command several times: on a busy machine that takes seconds.
describe('the npm package', { timeout: 60_000 }, () => {
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

  it('holds only the command: its launcher, its bundle and chunks, package.json and the README', () => {
    const chunks = packedFiles.filter((file) => file.startsWith('package/dist-cli/chunks/'));
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) expect(chunk).toMatch(/^package\/dist-cli\/chunks\/[\w-]+\.mjs$/);
    expect(packedFiles.filter((file) => !chunks.includes(file))).toEqual([
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
  it.each(['check', 'export', 'link', 'open', 'report', 'explain', 'probe'])(
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
    expect(link.stdout).toMatch(/^https:\/\/planner\.example\/plan\/review#plan=3\.[\w-]+\n$/);
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
    expect(report.stdout).toContain('Ready: every deciding requirement is stated and passes');
  });

  it('explains an error code', () => {
    const explained = xksPlanner('explain', 'XKS_PROXY_TIMED_OUT');
    expect(explained.status, explained.stderr).toBe(0);
    expect(explained.stdout).toMatch(/^XKS_PROXY_TIMED_OUT: /);
  });

  describe('in CI, as docs/ci and .pre-commit-hooks.yaml run it', () => {
    const repository = join(workspace, 'repository');
    const readYaml = (path: string): unknown =>
      parseYaml(readFileSync(join(projectRoot, path), 'utf8'));
    const readyPlans = ['public-endpoint-ready', 'vpc-endpoint-service-ready', 'vpc-cross-account'];

    /**
     * Runs a job's commands as CI does (bash, stopping at the first that fails) in a repository
     * whose plans/ holds copies of the given examples. The installed command is on the PATH, as
     * the job's `npm install --global "$XKS_PLANNER_PACKAGE"` puts it.
     */
    function runJob(commands: readonly string[], plans: readonly string[]) {
      rmSync(repository, { recursive: true, force: true });
      mkdirSync(join(repository, 'plans'), { recursive: true });
      for (const id of plans) copyFileSync(example(id), join(repository, 'plans', `${id}.json`));
      for (const command of commands) {
        const result = runProgram(
          'bash',
          ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command],
          {
            cwd: repository,
            env: {
              ...process.env,
              PATH: `${join(project, 'node_modules', '.bin')}:${process.env.PATH}`,
              NO_COLOR: '1',
            },
          },
        );
        if (result.status !== 0) return { failedAt: command, ...result };
      }
      return { failedAt: undefined };
    }

    /** The SARIF file a job left: every finding must have its line and column. */
    function sarifFindings(file: string) {
      const log = JSON.parse(readFileSync(join(repository, file), 'utf8')) as {
        runs: {
          results: {
            ruleId: string;
            locations: {
              physicalLocation: {
                artifactLocation: { uri: string };
                region: { startLine: number };
              };
            }[];
          }[];
        }[];
      };
      return log.runs[0]!.results.map(({ ruleId, locations: [location] }) => ({
        ruleId,
        uri: location!.physicalLocation.artifactLocation.uri,
        line: location!.physicalLocation.region.startLine,
      }));
    }

    /** The commands that need the CLI, after the one that installs it (checked to be there). */
    function afterInstall(commands: readonly string[]): string[] {
      const install = commands.indexOf('npm install --global "$XKS_PLANNER_PACKAGE"');
      expect(install).toBeGreaterThanOrEqual(0);
      return commands.slice(install + 1);
    }

    const workflows = () => {
      const github = readYaml('docs/ci/github-actions.yml') as {
        jobs: Record<
          string,
          { steps: { run?: string; uses?: string; with?: Record<string, string> }[] }
        >;
      };
      const steps = Object.values(github.jobs)[0]!.steps;
      const upload = steps.find(({ uses }) =>
        uses?.startsWith('github/codeql-action/upload-sarif'),
      );
      const gitlab = readYaml('docs/ci/gitlab-ci.yml') as Record<string, { script: string[] }>;
      return [
        {
          name: 'docs/ci/github-actions.yml',
          commands: afterInstall(
            steps.flatMap(({ run }) => (run === undefined ? [] : [run.trim()])),
          ),
          sarif: upload?.with?.sarif_file,
        },
        {
          name: 'docs/ci/gitlab-ci.yml',
          commands: afterInstall(gitlab['xks-plans']!.script),
          sarif: 'xks-planner.sarif',
        },
      ];
    };

    it.each(workflows())('$name passes when every plan is ready', ({ commands, sarif }) => {
      expect(runJob(commands, readyPlans)).toEqual({ failedAt: undefined });
      expect(sarif).toBeDefined();
      expect(sarifFindings(sarif!).every(({ line }) => line > 0)).toBe(true);
    });

    it.each(workflows())(
      '$name fails on a plan with errors, after writing the SARIF file with each finding on its line',
      ({ commands, sarif }) => {
        const job = runJob(commands, [...readyPlans, 'plan-with-mistakes']);
        expect(job).toMatchObject({
          failedAt: commands.at(-1),
          status: 1,
          stdout: expect.stringContaining('plans/plan-with-mistakes.json'),
        });
        const findings = sarifFindings(sarif!);
        expect(findings).toContainEqual({
          ruleId: 'key-store-type-external',
          uri: 'plans/plan-with-mistakes.json',
          line: 9,
        });
      },
    );

    it('the pre-commit hook checks the plan files a commit changes', () => {
      const [hook] = readYaml('.pre-commit-hooks.yaml') as {
        entry: string;
        files: string;
        language: string;
      }[];
      expect(hook!.language).toBe('node');
      const files = new RegExp(hook!.files);
      const changed = [
        'plans/draft.json',
        'infra/plans/ready.json',
        'package.json',
        'plans/old/a.json',
      ];
      expect(changed.filter((path) => files.test(path))).toEqual([
        'plans/draft.json',
        'infra/plans/ready.json',
      ]);
      // pre-commit appends the matching files to the entry.
      expect(runJob([`${hook!.entry} plans/public-endpoint-ready.json`], readyPlans)).toEqual({
        failedAt: undefined,
      });
      expect(
        runJob([`${hook!.entry} plans/plan-with-mistakes.json`], ['plan-with-mistakes']),
      ).toMatchObject({ status: 1 });
    });
  });
});

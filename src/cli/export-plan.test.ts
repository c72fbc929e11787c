import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument, isUnusable } from '../domain/check/check-document';
import { exportFormats, generateExport } from '../domain/generators';
import { examplePath, runCli, temporaryWorkspace, testNow } from './cli-test-support';
import { nodeFiles } from './node-files';
import { secretEnvironmentVariable } from './parse-arguments';
import { parsePlan } from '../domain/plan/parse-plan';

const workspace = temporaryWorkspace('xks-planner-export-');

/** Every file under `folder`, by relative path. */
function filesIn(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(folder, path).replaceAll('\\', '/')] = readFileSync(path, 'utf8');
  }
  return files;
}

function judgedPlan(id: string) {
  const outcome = checkDocument(parsePlan, JSON.parse(readFileSync(examplePath(id), 'utf8')), {
    now: testNow,
  });
  if (isUnusable(outcome) || !outcome.plan) throw new Error(`${id} is not a plan`);
  return outcome.plan;
}

describe('xks-planner export', () => {
  it.each(exportFormats)('writes the %s files of a ready plan and exits 0', async (format) => {
    const out = join(workspace, `ready-${format}`);
    const result = await runCli([
      'export',
      examplePath('vpc-endpoint-service-ready'),
      '--format',
      format,
      '--out',
      out,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const expected = Object.fromEntries(
      generateExport(format, judgedPlan('vpc-endpoint-service-ready')).map((file) => [
        file.path,
        file.content,
      ]),
    );
    expect(filesIn(out)).toEqual(expected);
    expect(result.stdout).toContain(`Wrote ${Object.keys(expected).length} ${format} file`);
  });

  it('still exports a plan with error findings, lists them, exits 1, and never writes its secret', async () => {
    const secret = (
      JSON.parse(readFileSync(examplePath('plan-with-mistakes'), 'utf8')) as {
        keyStore: { XksProxyAuthenticationCredential: { RawSecretAccessKey: string } };
      }
    ).keyStore.XksProxyAuthenticationCredential.RawSecretAccessKey;
    for (const format of exportFormats) {
      const out = join(workspace, `mistakes-${format}`);
      const result = await runCli([
        'export',
        examplePath('plan-with-mistakes'),
        '-f',
        format,
        '-o',
        out,
      ]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/warning: .* has 36 error findings/);
      expect(result.stderr).toContain(
        'no-secret-in-plan /keyStore/XksProxyAuthenticationCredential/RawSecretAccessKey',
      );
      expect(JSON.stringify(filesIn(out))).not.toContain(secret);
      expect(result.stderr + result.stdout).not.toContain(secret);
    }
  });

  it('writes the proxy secret only when asked to and given it', async () => {
    const secret = 'kZ4t7QmN2vX9bR5cW8yH3jL6pS1dF0gA2eU5iO8rT4q=';
    const out = join(workspace, 'with-secret');
    const asked = await runCli(
      [
        'export',
        examplePath('public-endpoint-ready'),
        '--format',
        'proxy-config',
        '--out',
        out,
        '--include-secret',
      ],
      { env: { [secretEnvironmentVariable]: secret } },
    );
    expect(asked.code).toBe(0);
    expect(JSON.stringify(filesIn(out))).toContain(secret);

    const unasked = join(workspace, 'without-secret');
    await runCli(
      [
        'export',
        examplePath('public-endpoint-ready'),
        '--format',
        'proxy-config',
        '--out',
        unasked,
      ],
      {
        env: { [secretEnvironmentVariable]: secret },
      },
    );
    expect(JSON.stringify(filesIn(unasked))).not.toContain(secret);

    const missing = await runCli([
      'export',
      examplePath('public-endpoint-ready'),
      '--format',
      'proxy-config',
      '--out',
      unasked,
      '--include-secret',
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`${secretEnvironmentVariable}, which is not set`);
  });

  it.each([
    [['export', 'plan.json', '--out', 'x'], 'export needs --format'],
    [['export', 'plan.json', '--format', 'cobol', '--out', 'x'], 'unknown export format "cobol"'],
    [['export', 'plan.json', '--format', 'plan'], 'export needs --out <dir>'],
    [['export', '--format', 'plan', '--out', 'x'], 'no plan to export'],
    [['export', 'a.json', 'b.json', '--format', 'plan', '--out', 'x'], 'export takes one plan'],
    [
      ['export', 'a.json', '--format', 'plan', '--out', 'x', '--include-secret'],
      'only for --format proxy-config',
    ],
    [['check', 'a.json', '--out', 'x'], '--out and --include-secret are for export'],
  ])('refuses %j with a usage message', async (argv, problem) => {
    const result = await runCli(argv);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toContain(problem);
  });

  it('refuses to export what is not a plan', async () => {
    const notJson = join(workspace, 'broken.json');
    await nodeFiles.writeFile(notJson, '{"version": ');
    const broken = await runCli([
      'export',
      notJson,
      '--format',
      'plan',
      '--out',
      join(workspace, 'none'),
    ]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toBe(
      `xks-planner: ${notJson}: not valid JSON: the text ends before the JSON is complete\n`,
    );

    const proxyConfig = join(workspace, 'proxy-config.json');
    await nodeFiles.writeFile(proxyConfig, JSON.stringify({ XksProxyUriPath: '/kms/xks/v1' }));
    const notAPlan = await runCli([
      'export',
      proxyConfig,
      '--format',
      'plan',
      '--out',
      join(workspace, 'none'),
    ]);
    expect(notAPlan.code).toBe(2);
    expect(notAPlan.stderr).toContain('is a KMS proxy configuration file; export needs a plan');
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePath, runCli, temporaryWorkspace } from './cli-test-support';

const workspace = temporaryWorkspace('xks-planner-verdict-');

function writeJson(name: string, value: unknown): string {
  const path = join(workspace, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

const draft = examplePath('vpc-endpoint-service-draft');
const ready = examplePath('vpc-endpoint-service-ready');
const mistakes = examplePath('plan-with-mistakes');

interface JsonReport {
  readonly unknowns: readonly {
    ruleId: string;
    severity: string;
    paths: string[];
    message: string;
  }[];
  readonly summary: { verdict: string; unknowns: number; errors: number };
}

describe('xks-planner check: the verdict decides the exit code', () => {
  it('exits 0 for a ready plan only', async () => {
    expect((await runCli(['check', ready])).code).toBe(0);
  });

  it('exits 1 for an honest draft, naming what it does not say yet', async () => {
    const { code, stdout } = await runCli(['check', draft]);
    expect(code).toBe(1);
    expect(stdout).toContain('What the plan does not say yet');
    expect(stdout).toMatch(/Incomplete: \d+ requirements? not known yet/);
    expect(stdout).toContain('/vpc/subnets');
  });

  it('exits 0 for the draft with --allow-incomplete, but never for a blocked plan', async () => {
    expect((await runCli(['check', draft, '--allow-incomplete'])).code).toBe(0);
    expect((await runCli(['check', mistakes, '--allow-incomplete'])).code).toBe(1);
    expect((await runCli(['check', draft, ready, '--allow-incomplete'])).code).toBe(0);
  });

  it('lists the unknowns in JSON with the verdict in the summary', async () => {
    const { stdout } = await runCli(['check', draft, '--format', 'json']);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.summary.verdict).toBe('incomplete');
    expect(report.summary.errors).toBe(0);
    const deciding = report.unknowns.filter((unknown) => unknown.severity === 'error');
    expect(report.summary.unknowns).toBe(deciding.length);
    expect(deciding.length).toBeGreaterThan(0);
    for (const unknown of report.unknowns) {
      expect(unknown.paths.length).toBeGreaterThan(0);
      expect(unknown.message).toContain(unknown.paths[0]!);
    }
  });

  it('reports unknowns as SARIF notes at the places to state', async () => {
    const { stdout } = await runCli(['check', draft, '--format', 'sarif']);
    const log = JSON.parse(stdout) as {
      runs: {
        results: { level: string; properties: { outcome?: string; jsonPointers?: string[] } }[];
      }[];
    };
    const unknowns = log.runs[0]!.results.filter(
      (result) => result.properties.outcome === 'unknown',
    );
    expect(unknowns.length).toBeGreaterThan(0);
    for (const result of unknowns) {
      expect(result.level).toBe('note');
      expect(result.properties.jsonPointers!.length).toBeGreaterThan(0);
    }
  });
});

describe('xks-planner check --existing', () => {
  const readyPlan = JSON.parse(readFileSync(ready, 'utf8')) as Record<string, unknown>;
  const withoutExisting = writeJson('no-existing.json', {
    ...readyPlan,
    existingKeyStores: undefined,
  });

  it('leaves the quota and uniqueness rules unknown while the plan does not say', async () => {
    const { code, stdout } = await runCli(['check', withoutExisting, '--format', 'json']);
    const report = JSON.parse(stdout) as JsonReport;
    expect(code).toBe(1);
    expect(report.summary.verdict).toBe('incomplete');
    expect(report.unknowns.map((unknown) => unknown.paths).flat()).toContain('/existingKeyStores');
  });

  it('takes the account’s key stores from describe-custom-key-stores output', async () => {
    const none = writeJson('describe-none.json', { CustomKeyStores: [] });
    expect((await runCli(['check', withoutExisting, '--existing', none])).code).toBe(0);
  });

  it('judges the plan against the stores the output lists', async () => {
    const clash = writeJson('describe-clash.json', {
      CustomKeyStores: [
        {
          CustomKeyStoreId: 'cks-1234567890abcdef0',
          CustomKeyStoreName: (readyPlan.keyStore as { CustomKeyStoreName: string })
            .CustomKeyStoreName,
          CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
          ConnectionState: 'CONNECTED',
        },
      ],
    });
    const { code, stdout } = await runCli(['check', withoutExisting, `--existing=${clash}`]);
    expect(code).toBe(1);
    expect(stdout).toContain('key-store-name-unique');
  });

  it('takes the account’s aliases from list-aliases output too, beside the key stores', async () => {
    const none = writeJson('describe-none-2.json', { CustomKeyStores: [] });
    const aliases = writeJson('list-aliases.json', {
      Aliases: [
        {
          AliasName: 'alias/aws/s3',
          AliasArn: 'arn:aws:kms:eu-central-1:111122223333:alias/aws/s3',
        },
        { AliasName: 'alias/customer-pii', TargetKeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' },
      ],
    });
    const { code, stdout } = await runCli([
      'check',
      withoutExisting,
      '--existing',
      none,
      '--existing',
      aliases,
      '--format',
      'json',
    ]);
    const report = JSON.parse(stdout) as JsonReport;
    // alias/customer-pii is planned by the example: CreateAlias would refuse it (advice).
    expect(stdout).toContain('planned-key-alias-unique');
    expect(report.summary.verdict).toBe('ready');
    expect(code).toBe(0);
  });

  it('exits 2 naming the file when it is neither describe nor list-aliases output', async () => {
    const { code, stderr } = await runCli(['check', ready, '--existing', ready]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `xks-planner: ${ready}: neither the output of \`aws kms describe-custom-key-stores --output json\` (a "CustomKeyStores" list) nor of \`aws kms list-aliases --output json\` (an "Aliases" list)\n`,
    );
  });

  it('is refused for other commands', async () => {
    const { code, stderr } = await runCli(['report', ready, '--allow-incomplete']);
    expect(code).toBe(2);
    expect(stderr).toContain('--allow-incomplete and --existing are for check');
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../domain/explain/error-codes';
import { examplePath, runCli, temporaryWorkspace } from './cli-test-support';

const workspace = temporaryWorkspace('xks-planner-explain-');

describe('xks-planner explain', () => {
  it('explains a code: meaning, recovery, causes with their rules and checklist items, sources', async () => {
    const result = await runCli(['explain', 'xks_proxy_timed_out']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^XKS_PROXY_TIMED_OUT: The proxy answered too slowly\n/);
    expect(result.stdout).toContain('250 ms');
    expect(result.stdout).toContain('To recover: Disconnect the store');
    expect(result.stdout).toContain(
      'Rules: traffic-estimated-round-trip, traffic-proxy-near-key-manager',
    );
    expect(result.stdout).toContain('Checklist: measure-round-trip');
    expect(result.stdout).toContain(
      'https://docs.aws.amazon.com/kms/latest/developerguide/xks-troubleshooting.html#fix-xks-latency',
    );
    expect(result.stdout).not.toContain('In ');
  });

  it('with --plan, names the plan findings behind each cause', async () => {
    const plan = examplePath('plan-with-mistakes');
    const result = await runCli(['explain', 'XKS_PROXY_TIMED_OUT', '--plan', plan]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`In ${plan}:\n`);
    expect(result.stdout).toMatch(/warning traffic-round-trip-time at \/traffic\/roundTripMs: /);
    expect(result.stdout).toMatch(/warning request-capacity at \/proxy\/maxRequestsPerSecond: /);
    expect(result.stdout).toContain('To verify by hand: Measure the round trip');

    const ready = await runCli([
      'explain',
      'XKS_PROXY_TIMED_OUT',
      '--plan',
      examplePath('public-endpoint-ready'),
    ]);
    expect(ready.stdout).toContain('no finding of these rules.');
  });

  it('with --plan, names the rules of a cause that cannot judge the plan yet', async () => {
    const draft = examplePath('vpc-endpoint-service-draft');
    const result = await runCli(['explain', 'XKS_PROXY_TIMED_OUT', '--plan', draft]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`In ${draft}:\n`);
    expect(result.stdout).toMatch(
      /unknown traffic-round-trip-time: Not known yet: the plan does not state \/traffic\/roundTripMs/,
    );
    expect(result.stdout).not.toContain('no finding of these rules.');
  });

  it('leaves out checklist items of the other connectivity', async () => {
    const result = await runCli([
      'explain',
      'XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION',
      '--plan',
      examplePath('public-endpoint-ready'),
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Checklist: vpc-verify-private-dns-domain');
    expect(result.stdout).not.toContain('To verify by hand');
  });

  it('prints JSON with the findings of each cause', async () => {
    const result = await runCli([
      'explain',
      'XKS_PROXY_TIMED_OUT',
      '--plan',
      examplePath('plan-with-mistakes'),
      '--format',
      'json',
    ]);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as {
      entry: { code: string };
      causes: { findings: { ruleId: string }[] }[];
    };
    expect(parsed.entry.code).toBe('XKS_PROXY_TIMED_OUT');
    expect(parsed.causes[0]!.findings.map((finding) => finding.ruleId)).toContain(
      'traffic-round-trip-time',
    );
  });

  it('lists every code, as text and JSON', async () => {
    const text = await runCli(['explain', '--list']);
    expect(text.code).toBe(0);
    expect(text.stdout.trim().split('\n')).toHaveLength(errorCodes.length);
    expect(text.stdout).toMatch(/^INVALID_CREDENTIALS +The proxy rejected/m);
    const listed = JSON.parse((await runCli(['explain', '--list', '--format', 'json'])).stdout) as {
      code: string;
    }[];
    expect(listed.map((entry) => entry.code)).toEqual(errorCodes.map((entry) => entry.code));
  });

  it('says a CloudHSM-only code does not apply to external key stores', async () => {
    const result = await runCli(['explain', 'USER_LOCKED_OUT']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^USER_LOCKED_OUT: .*only for AWS CloudHSM key stores/);
  });

  it('exits 2 on an unknown code, naming it and the close matches', async () => {
    const result = await runCli(['explain', 'XKS_PROXY_TIMEOUT']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^xks-planner: unknown error code "XKS_PROXY_TIMEOUT"; did you mean XKS_PROXY_TIMED_OUT/,
    );
    expect(result.stderr).toContain('explain --list');
  });

  it('exits 2 with one line on a plan that cannot be used', async () => {
    const broken = join(workspace, 'broken.json');
    writeFileSync(broken, '{ not json');
    const result = await runCli(['explain', 'INVALID_CREDENTIALS', '--plan', broken]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`${broken}: `);
  });

  it('rejects wrong command lines', async () => {
    for (const argv of [
      ['explain'],
      ['explain', 'A', 'B'],
      ['explain', 'A', '--list'],
      ['explain', '--list', '--plan', 'x.json'],
      ['explain', 'A', '--format', 'sarif'],
      ['explain', 'A', '--out', 'dir'],
      ['check', 'x.json', '--plan', 'y.json'],
    ]) {
      const result = await runCli(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr, argv.join(' ')).toMatch(/^xks-planner: /);
    }
  });
});

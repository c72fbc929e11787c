import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statesAnyRead } from '../domain/engine/stated-reads';
import { planRules } from '../domain/rules';
import { decodePlanLink } from '../domain/share/share-codec';
import { examplePath, runCli, temporaryWorkspace } from './cli-test-support';

const workspace = temporaryWorkspace('xks-planner-report-');

describe('xks-planner report', () => {
  it('prints the Markdown report of a ready plan to standard output and exits 0', async () => {
    const result = await runCli(['report', examplePath('public-endpoint-ready')]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^# Readiness report: /);
    expect(result.stdout).toContain('**Ready: every deciding requirement is stated and passes**');
    expect(result.stdout).toContain('| Date | 2026-11-30 |');
    // Rules of the other connectivity, and rules the plan gives nothing to check, are counted in
    // a line per area; the rest are listed by id.
    const plan = JSON.parse(readFileSync(examplePath('public-endpoint-ready'), 'utf8')) as Record<
      string,
      unknown
    >;
    const listed = planRules.filter(
      (rule) => rule.appliesTo !== 'VPC_ENDPOINT_SERVICE' && statesAnyRead(plan, rule.reads),
    );
    expect(listed.length).toBeGreaterThan(planRules.length / 2);
    for (const rule of listed) expect(result.stdout).toContain(`\`${rule.id}\``);
    expect(result.stdout).toMatch(/Network: VPC endpoint service: \d+ rules\. Applies to/);
    expect(result.stdout).toMatch(/: \d+ rules?\. Nothing to check yet: the plan states none/);
    // Without a planner address there is no link to print.
    expect(result.stdout).not.toContain('Share link');
  });

  it('writes the HTML report to --output and exits 1 for a plan with errors', async () => {
    const out = join(workspace, 'mistakes.html');
    const result = await runCli([
      'report',
      examplePath('plan-with-mistakes'),
      '--format',
      'html',
      '--output',
      out,
    ]);
    expect(result).toMatchObject({ code: 1, stderr: '' });
    expect(result.stdout).toBe(`Wrote the readiness report to ${out}\n`);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('Blocked: ');
    expect(html).not.toMatch(/<script/i);
  });

  it('adds a share link of the plan when given the planner address', async () => {
    const result = await runCli(['report', examplePath('vpc-cross-account')], {
      env: { XKS_PLANNER_URL: 'https://planner.example/' },
    });
    const link = /\| Share link \| <(https:\/\/planner\.example\/report#plan=[^>]+)> \|/.exec(
      result.stdout,
    )?.[1];
    expect(link).toBeDefined();
    const decoded = decodePlanLink(link!);
    expect('plan' in decoded && decoded.plan.keyStore?.CustomKeyStoreName).toBe('workload-xks');
  });

  it.each([
    ['missing.json', 'no such file'],
    ['not-json.json', 'not valid JSON'],
  ])('refuses an unusable file (%s) with exit code 2 and one line', async (name, problem) => {
    const file = join(workspace, name);
    if (name === 'not-json.json') writeFileSync(file, '{ nope');
    const result = await runCli(['report', file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(file);
    expect(result.stderr).toContain(problem);
  });

  it('refuses a proxy configuration file, an unknown format and extra arguments', async () => {
    const config = join(workspace, 'proxy-config.json');
    writeFileSync(config, JSON.stringify({ XksProxyUriPath: '/kms/xks/v1' }));
    const proxyConfig = await runCli(['report', config]);
    expect(proxyConfig.code).toBe(2);
    expect(proxyConfig.stderr).toContain('report needs a plan');
    const format = await runCli(['report', config, '--format', 'pdf']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('unknown report format "pdf": use md, html');
    const extra = await runCli(['report', config, config]);
    expect(extra.stderr).toContain('report takes one plan');
  });

  it('is described in the help', async () => {
    const result = await runCli(['--help']);
    expect(result.stdout).toContain('xks-planner report <plan> [--format md|html]');
  });
});

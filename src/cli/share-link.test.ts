import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkDocument, isUnusable } from '../domain/check/check-document';
import { generatePlanFile } from '../domain/generators/plan-file/generate-plan-file';
import { examplePath, runCli, temporaryWorkspace } from './cli-test-support';
import { parsePlan } from '../domain/plan/parse-plan';

describe('xks-planner link and open', () => {
  it('prints a link that opens to the same plan, without the secret', async () => {
    const path = examplePath('plan-with-mistakes');
    const linked = await runCli(['link', path, '--base', 'https://planner.example/']);
    expect(linked.code).toBe(0);
    expect(linked.stdout).toMatch(/^https:\/\/planner\.example\/plan\/review#plan=3\.[\w-]+\n$/);
    const opened = await runCli(['open', linked.stdout.trim()]);
    expect(opened.code).toBe(0);
    const outcome = checkDocument(parsePlan, JSON.parse(readFileSync(path, 'utf8')));
    if (isUnusable(outcome) || !outcome.plan) throw new Error('not a plan');
    expect(opened.stdout).toBe(generatePlanFile(outcome.plan)[0]!.content);
    expect(opened.stdout).not.toContain('RawSecretAccessKey');
  });

  it('takes the planner address from XKS_PLANNER_URL', async () => {
    const linked = await runCli(['link', examplePath('public-endpoint-ready')], {
      env: { XKS_PLANNER_URL: 'https://xks.internal.example' },
    });
    expect(linked.stdout).toMatch(/^https:\/\/xks\.internal\.example\/plan\/review#plan=3\./);
  });

  it('refuses a damaged link with one line and exit 2', async () => {
    const linked = await runCli(['link', examplePath('vpc-cross-account')]);
    const opened = await runCli(['open', linked.stdout.slice(0, 200)]);
    expect(opened.code).toBe(2);
    expect(opened.stderr).toMatch(
      /^xks-planner: cannot open the link: the link is damaged \([^\n]+\)\n$/,
    );
  });

  it('opens a version-1 link (no checksum) with a note saying so', async () => {
    const json = new TextEncoder().encode('{"version":1,"title":"old"}');
    const token = Buffer.from(deflateSync(json)).toString('base64url');
    const opened = await runCli(['open', `https://planner.example/plan/review#plan=1.${token}`]);
    expect(opened.code).toBe(0);
    expect(opened.stdout).toContain('"title": "old"');
    expect(opened.stderr).toContain(
      'xks-planner: note: this link was made by an older XKS Planner',
    );
  });

  it.each([
    [['link'], 'link needs a plan'],
    [['open'], 'open needs a link'],
    [['open', 'a', 'b'], 'open takes one argument'],
    [['check', 'a.json', '--base', 'x'], '--base is for link'],
  ])('refuses %j with a usage message', async (argv, problem) => {
    const result = await runCli(argv);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toContain(problem);
  });
});

describe('xks-planner link on a plan too large for a link', () => {
  it('refuses with the reason and the plan file to share instead, exit 2', async () => {
    const workspace = temporaryWorkspace('xks-long-link-');
    const path = join(workspace, 'many-keys.json');
    // Random key IDs do not compress: 600 keys make a link far over 64 KB.
    const keys = Array.from({ length: 600 }, (_, index) => ({
      AliasName: `alias/key-${index}-${randomBytes(24).toString('hex')}`,
      XksKeyId: randomBytes(48).toString('base64'),
      Description: randomBytes(60).toString('base64'),
    }));
    writeFileSync(path, JSON.stringify({ version: 1, keys }));
    const { code, stdout, stderr } = await runCli(['link', path]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('the plan is too large for a share link');
    expect(stderr).toContain('--format plan');
  });
});

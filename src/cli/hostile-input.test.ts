/** Inputs an attack on the CLI used: each must end in a clear one-line refusal, never a crash. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli, temporaryWorkspace } from './cli-test-support';

const workspace = temporaryWorkspace('xks-hostile-');

function file(name: string, content: string): string {
  const path = join(workspace, name);
  writeFileSync(path, content);
  return path;
}

const deeplyNested = (levels: number) =>
  `{"version":1,"keyStore":${'['.repeat(levels)}${']'.repeat(levels)}}`;

describe('deeply nested JSON', () => {
  it.each([3_000, 20_000])(
    'is refused with the nesting limit by check, export, report and link (%i levels)',
    async (levels) => {
      const path = file(`deep-${levels}.json`, deeplyNested(levels));
      for (const argv of [
        ['check', path],
        ['check', path, '--format', 'sarif'],
        ['export', path, '--format', 'plan', '--out', join(workspace, 'out')],
        ['report', path],
        ['link', path],
      ]) {
        const { code, stderr } = await runCli(argv);
        expect(code, argv.join(' ')).toBe(2);
        expect(stderr).toContain('nested more than 32 levels deep');
        expect(stderr).not.toContain('internal error');
      }
    },
  );

  it('is refused by open, from a link of about 100 characters', async () => {
    const json = new TextEncoder().encode(deeplyNested(3_000));
    const token = Buffer.from(deflateSync(json)).toString('base64url');
    const { code, stderr } = await runCli([
      'open',
      `https://planner.example/plan/review#plan=1.${token}`,
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('nested more than 32 levels deep');
  });
});

describe('a "__proto__" key', () => {
  const document = '{"version":1,"keyStore":{"__proto__":{"CustomKeyStoreName":"x"}}}';

  it('is reported as ignored, and what it holds reaches neither the export nor the link', async () => {
    const path = file('proto.json', document);
    const checked = await runCli(['check', path, '--format', 'json']);
    expect(checked.stdout).toContain(
      'The plan format has no field \\"__proto__\\"; it was ignored.',
    );
    const out = join(workspace, 'proto-out');
    await runCli(['export', path, '--format', 'plan', '--out', out]);
    expect(readFileSync(join(out, 'plan.json'), 'utf8')).not.toContain('CustomKeyStoreName');
    const linked = await runCli(['link', path]);
    const opened = await runCli(['open', linked.stdout.trim()]);
    expect(opened.code).toBe(0);
    expect(opened.stdout).not.toContain('CustomKeyStoreName');
  });
});

describe('terminal escape sequences in plan text', () => {
  // OSC 52 writes the clipboard in some terminals; U+009B is the one-character CSI.
  const osc52 = '\u001b]52;c;ZWNobyBoaQ==\u0007';
  const csi = '\u009b31m';
  const plan = JSON.stringify({
    version: 1,
    title: `Plan ${osc52} ${csi}`,
    keyStore: { CustomKeyStoreName: `name${csi}`, [`Unknown${csi}`]: 1 },
  });
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

  it.each([
    ['report (Markdown)', ['report']],
    ['report (HTML)', ['report', '--format', 'html']],
    ['check', ['check']],
    ['check --format json', ['check', '--format', 'json']],
    ['check --format sarif', ['check', '--format', 'sarif']],
    ['link', ['link']],
  ])('never reach standard output or error from %s', async (_name, argv) => {
    const path = file('escapes.json', plan);
    const [command, ...options] = argv;
    const { stdout, stderr } = await runCli([command!, path, ...options]);
    expect(stdout).not.toMatch(controls);
    expect(stderr).not.toMatch(controls);
  });

  it('are escaped in JSON output that still reads back to the same text', async () => {
    const path = file('escapes.json', plan);
    const { stdout } = await runCli(['check', path, '--format', 'json']);
    expect(stdout).toContain('\\u009b');
    expect(JSON.stringify(JSON.parse(stdout))).toContain('\u009b');
  });

  it('never reach standard output from open', async () => {
    const path = file('escapes.json', plan);
    const linked = await runCli(['link', path]);
    const opened = await runCli(['open', linked.stdout.trim()]);
    expect(opened.code).toBe(0);
    expect(opened.stdout).not.toMatch(controls);
    expect(JSON.parse(opened.stdout).title).toBe(`Plan ${osc52} ${csi}`);
  });

  it('leave the colours of text output on a terminal', async () => {
    const path = file('escapes.json', plan);
    const { stdout } = await runCli(['check', path], { isTTY: true });
    expect(stdout).toContain('\u001b[1m');
    expect(stdout).not.toContain('\u001b]');
    expect(stdout).not.toContain('\u009b');
  });
});

describe('inputs that would make unbounded work', () => {
  const unknownFields = (count: number) =>
    `{"version":1,"keyStore":{${Array.from({ length: count }, (_, index) => `"f${index}":1`).join(',')}}}`;

  it('refuses a 5 MB plan of half a million fields before parsing it', async () => {
    const path = file('many-fields.json', unknownFields(400_000));
    const { code, stderr } = await runCli(['check', path]);
    expect(code).toBe(2);
    expect(stderr).toContain('holds more than 50,000 values');
  });

  it(
    'lists 50 unknown fields and counts the rest, in every format',
    { timeout: 30_000 },
    async () => {
      const path = file('fields.json', unknownFields(40_000));
      const text = await runCli(['check', path]);
      expect(text.code).toBe(1);
      expect(text.stdout).toContain('And 39,950 more values that do not fit the plan format');
      const json = JSON.parse((await runCli(['check', path, '--format', 'json'])).stdout) as {
        findings: unknown[];
      };
      expect(json.findings.length).toBeLessThan(70);
      const sarif = await runCli(['check', path, '--format', 'sarif']);
      expect(sarif.code).toBe(1);
    },
  );

  it('stops reading a device that never ends at the size limit', async () => {
    const { code, stderr } = await runCli(['check', '/dev/zero']);
    expect(code).toBe(2);
    expect(stderr).toBe('xks-planner: /dev/zero: too large (more than 5 MB; the limit is 5 MB)\n');
  });
});

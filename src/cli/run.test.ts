import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  checkDocument,
  isUnusable,
  maxDocumentBytes,
  summarise,
} from '../domain/check/check-document';
import { verdictOf } from '../domain/check/verdict';
import type { Finding } from '../domain/engine/types';
import { examplePlans } from '../domain/plan/examples';
import { allRules } from '../domain/rules';
import { examplePath, runCli, temporaryWorkspace, testNow } from './cli-test-support';
import { nodeFiles } from './node-files';
import { parsePlan } from '../domain/plan/parse-plan';

const temporaryDirectory = temporaryWorkspace('xks-planner-cli-');

function temporaryFile(name: string, content: string): string {
  const path = join(temporaryDirectory, name);
  writeFileSync(path, content);
  return path;
}

const proxySecret = 'vK3pQ9rT2mX8wZ5nB7cD1fG4hJ6kL0sA9eR2tY5uI8oP3qW6';
const proxyConfigFile = JSON.stringify({
  XksProxyUriPath: '/kms/xks/v1',
  XksProxyAuthenticationCredential: {
    AccessKeyId: 'Q7KD2M4WNZ5XBT3RHA6YLPCE',
    RawSecretAccessKey: proxySecret,
  },
});
const mistakesSecret = (
  JSON.parse(readFileSync(examplePath('plan-with-mistakes'), 'utf8')) as {
    keyStore: { XksProxyAuthenticationCredential: { RawSecretAccessKey: string } };
  }
).keyStore.XksProxyAuthenticationCredential.RawSecretAccessKey;

describe('xks-planner check on the example plans', () => {
  it.each(examplePlans.map((example) => [example.id, example] as const))(
    '%s: exit code follows the verdict',
    async (id, example) => {
      const path = examplePath(id);
      const expected = checkDocument(parsePlan, JSON.parse(readFileSync(path, 'utf8')), {
        now: testNow,
      });
      if (isUnusable(expected)) throw new Error(`example ${id} is unusable`);
      const { errors, warnings, infos } = summarise(expected.findings);

      const { code, stdout, stderr } = await runCli(['check', path]);

      expect(code).toBe(verdictOf(expected).state === 'ready' ? 0 : 1);
      expect(code === 0).toBe(example.verdict === 'ready');
      expect(errors > 0).toBe(example.verdict === 'blocked');
      expect(stderr).toBe('');
      expect(stdout).toContain(`${path} (XKS plan)`);
      expect(stdout).toContain(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning`);
      expect(stdout).toContain(`${infos} info`);
    },
  );

  it('plan-with-mistakes.json fails with exit code 1 and shows each error in full', async () => {
    const path = examplePath('plan-with-mistakes');
    const { code, stdout } = await runCli(['check', path]);
    expect(code).toBe(1);
    expect(stdout).toContain('Errors (');
    expect(stdout).toContain('no-secret-in-plan');
    expect(stdout).toContain('/keyStore/XksProxyAuthenticationCredential/RawSecretAccessKey');
    expect(stdout).toMatch(/Fix: Delete RawSecretAccessKey/);
    expect(stdout).toContain('Source: https://docs.aws.amazon.com/');
  });

  it.each(['text', 'json', 'sarif'])(
    'never prints the secret of plan-with-mistakes.json (--format %s)',
    async (format) => {
      const { stdout, stderr } = await runCli([
        'check',
        examplePath('plan-with-mistakes'),
        '--format',
        format,
      ]);
      expect(stdout + stderr).not.toContain(mistakesSecret);
    },
  );
});

describe('xks-planner check on a KMS proxy configuration file', () => {
  const path = temporaryFile('proxy-config.json', proxyConfigFile);

  it.each(['text', 'json', 'sarif'])(
    'recognises it and never prints its secret (--format %s)',
    async (format) => {
      const { code, stdout, stderr } = await runCli(['check', `--format=${format}`, path]);
      expect(code).not.toBe(2);
      expect(stderr).toBe('');
      expect(stdout + stderr).not.toContain(proxySecret);
      if (format === 'text') expect(stdout).toContain('(KMS proxy configuration file)');
    },
  );

  it('does not echo the secret when the file is broken JSON', async () => {
    const broken = temporaryFile(
      'broken-proxy-config.json',
      proxyConfigFile.replace(`"${proxySecret}"`, proxySecret),
    );
    const { code, stdout, stderr } = await runCli(['check', broken]);
    expect(code).toBe(2);
    expect(stderr).toBe(`xks-planner: ${broken}: not valid JSON: unexpected character\n`);
    expect(stdout + stderr).not.toContain(proxySecret.slice(0, 4));
  });
});

describe('xks-planner check on inputs it cannot use', () => {
  const cases: [name: string, path: string, problem: RegExp][] = [
    ['not JSON', temporaryFile('not-json.json', 'plan: yes'), /not valid JSON/],
    [
      'JSON with a trailing comma',
      temporaryFile('trailing-comma.json', '{"version": 1,}'),
      /: not valid JSON: Expected double-quoted property name at line 1, column 15$/,
    ],
    ['empty', temporaryFile('empty.json', ''), /the file is empty/],
    ['an array', temporaryFile('array.json', '[]'), /expected a JSON object, found an array/],
    ['a newer plan version', temporaryFile('version-2.json', '{"version": 2}'), /newer/],
    [
      'an unknown document',
      temporaryFile('unknown.json', '{"name": "x"}'),
      /not an XKS plan .* not a KMS proxy configuration file/,
    ],
    ['a missing file', join(temporaryDirectory, 'missing.json'), /no such file$/],
    ['a directory', temporaryDirectory, /is a directory, not a file$/],
  ];

  it.each(cases)('%s: exit 2 with one line naming the file', async (_name, path, problem) => {
    const { code, stdout, stderr } = await runCli(['check', path]);
    expect(code).toBe(2);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.startsWith(`xks-planner: ${path}: `)).toBe(true);
    expect(lines[0]).toMatch(problem);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).toBe(`${path}: not checked\n`);
  });

  it('rejects a file over 5 MB without reading it', async () => {
    const path = join(temporaryDirectory, 'huge.json');
    writeFileSync(path, '');
    truncateSync(path, maxDocumentBytes + 1);
    const readFile = vi.fn(nodeFiles.readFile);

    const { code, stderr } = await runCli(['check', path], { readFile });

    expect(code).toBe(2);
    expect(stderr).toBe(`xks-planner: ${path}: too large (5.1 MB; the limit is 5 MB)\n`);
    expect(readFile).not.toHaveBeenCalled();
  });

  it('shows control characters in file names as escapes', async () => {
    const { stderr } = await runCli(['check', 'bad\u001b[31mname.json']);
    expect(stderr).toBe('xks-planner: bad\\u001b[31mname.json: no such file\n');
  });

  it('turns an unexpected exception into one line and exit code 2', async () => {
    const { code, stderr } = await runCli(['check', examplePath('public-endpoint-ready')], {
      now: () => {
        throw new TypeError('clock broken');
      },
    });
    expect(code).toBe(2);
    expect(stderr).toBe('xks-planner: internal error, please report it: TypeError: clock broken\n');
  });
});

describe('xks-planner check on several files', () => {
  it('checks the usable files, reports the others and exits 2', async () => {
    const notJson = temporaryFile('several-not-json.json', 'nope');
    const mistakes = examplePath('plan-with-mistakes');
    const ready = examplePath('public-endpoint-ready');

    const { code, stdout, stderr } = await runCli([
      'check',
      mistakes,
      notJson,
      ready,
      '-f',
      'json',
    ]);

    expect(code).toBe(2);
    expect(stderr).toBe(`xks-planner: ${notJson}: not valid JSON: unexpected character\n`);
    const report = JSON.parse(stdout) as { file: string; findings?: Finding[]; error?: string }[];
    expect(report.map((entry) => entry.file)).toEqual([mistakes, notJson, ready]);
    expect(report[0]!.findings!.some((finding) => finding.severity === 'error')).toBe(true);
    expect(report[1]).toEqual({ file: notJson, error: 'not valid JSON: unexpected character' });
    expect(report[2]).toHaveProperty('summary');
  });

  it('exits 1 when every file is usable and one has an error finding', async () => {
    const files = [examplePath('public-endpoint-ready'), examplePath('plan-with-mistakes')];
    const { code, stdout } = await runCli(['check', ...files]);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /\n2 files \(1 ready, 0 incomplete, 1 blocked\): \d+ errors?, \d+ warnings?, \d+ infos?\n$/,
    );
  });
});

describe('--format json', () => {
  it('prints the findings and summary of one file', async () => {
    const path = examplePath('plan-with-mistakes');
    const { stdout } = await runCli(['check', path, '--format', 'json']);
    const expected = checkDocument(parsePlan, JSON.parse(readFileSync(path, 'utf8')), {
      now: testNow,
    });
    if (isUnusable(expected)) throw new Error('unusable example');
    expect(JSON.parse(stdout)).toEqual({
      findings: expected.findings,
      unknowns: expected.unknowns.map(({ ruleId, severity, paths, message }) => ({
        ruleId,
        severity,
        paths,
        message,
      })),
      summary: {
        ...summarise(expected.findings),
        unknowns: expected.unknowns.filter((unknown) => unknown.severity === 'error').length,
        adviceUnknowns: expected.unknowns.filter((unknown) => unknown.severity !== 'error').length,
        verdict: 'blocked',
      },
    });
  });

  it('prints { error } for one unusable file', async () => {
    const path = temporaryFile('json-empty.json', '  ');
    const { code, stdout } = await runCli(['check', path, '--format', 'json']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual({ error: 'the file is empty' });
  });
});

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: Record<string, unknown>[] } };
    invocations: {
      executionSuccessful: boolean;
      toolExecutionNotifications: {
        level: string;
        message: { text: string };
        locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
      }[];
    }[];
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> };
        logicalLocations: { fullyQualifiedName: string }[];
      }[];
      properties: { jsonPointer?: string; outcome?: string; jsonPointers?: string[] };
    }[];
  }[];
}

describe('--format sarif', () => {
  it('describes the tool, every rule and every finding as SARIF 2.1.0', async () => {
    const path = examplePath('plan-with-mistakes');
    const { code, stdout } = await runCli(['check', '--format', 'sarif', path]);
    const log = JSON.parse(stdout) as SarifLog;

    expect(code).toBe(1);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const [sarifRun] = log.runs;
    expect(sarifRun!.tool.driver.name).toBe('xks-planner');
    expect(sarifRun!.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(sarifRun!.tool.driver.rules).toEqual(
      allRules.map((rule) =>
        expect.objectContaining({
          id: rule.id,
          name: expect.stringMatching(/^[A-Z][A-Za-z0-9]*$/),
          shortDescription: { text: rule.title },
          fullDescription: { text: rule.description },
          helpUri: rule.sources[0],
          defaultConfiguration: {
            level: { error: 'error', warning: 'warning', info: 'note' }[rule.severity],
          },
        }),
      ),
    );
    expect(sarifRun!.invocations).toEqual([
      { executionSuccessful: true, toolExecutionNotifications: [] },
    ]);

    const expected = checkDocument(parsePlan, JSON.parse(readFileSync(path, 'utf8')), {
      now: testNow,
    });
    if (isUnusable(expected)) throw new Error('unusable example');
    const findingResults = sarifRun!.results.filter(
      (result) => result.properties.outcome !== 'unknown',
    );
    expect(findingResults).toHaveLength(expected.findings.length);
    expect(sarifRun!.results.length - findingResults.length).toBe(expected.unknowns.length);
    findingResults.forEach((result, index) => {
      const finding = expected.findings[index]!;
      expect(result.ruleId).toBe(finding.ruleId);
      expect(sarifRun!.tool.driver.rules[result.ruleIndex]!.id).toBe(finding.ruleId);
      expect(result.level).toBe(
        { error: 'error', warning: 'warning', info: 'note' }[finding.severity],
      );
      expect(result.message.text).toBe(`${finding.message} Fix: ${finding.fix}`);
      expect(result.locations).toEqual([
        {
          physicalLocation: {
            artifactLocation: { uri: path.replaceAll('\\', '/') },
            region: {
              startLine: expect.any(Number),
              startColumn: expect.any(Number),
              endLine: expect.any(Number),
              endColumn: expect.any(Number),
            },
          },
          logicalLocations: [{ fullyQualifiedName: finding.path }],
        },
      ]);
      expect(result.properties).toEqual({ jsonPointer: finding.path });
    });
  });

  it('puts each finding on the line and column of its JSON Pointer in the plan file', async () => {
    const { stdout } = await runCli([
      'check',
      '--format',
      'sarif',
      examplePath('plan-with-mistakes'),
    ]);
    const regions = new Map(
      (JSON.parse(stdout) as SarifLog).runs[0]!.results.map((result) => [
        `${result.ruleId} ${result.properties.jsonPointer ?? result.properties.jsonPointers![0]}`,
        result.locations[0]!.physicalLocation.region,
      ]),
    );
    // Read off examples/plan-with-mistakes.json: a member spans its name through its value.
    expect(regions.get('key-store-type-external /keyStore/CustomKeyStoreType')).toEqual({
      startLine: 9,
      startColumn: 5,
      endLine: 9,
      endColumn: 41,
    });
    // An array item: the first CIDR block of `"cidrBlocks": ["10.0.0.0/16"]`.
    expect(regions.get('vpc-cidr-no-key-manager-overlap /vpc/cidrBlocks/0')).toEqual({
      startLine: 21,
      startColumn: 20,
      endLine: 21,
      endColumn: 33,
    });
    // A finding about something the plan lacks: where it would go, the enclosing "operations".
    expect(regions.get('recommended-alarms-enabled /operations/alarms')).toEqual({
      startLine: 98,
      startColumn: 3,
      endLine: 100,
      endColumn: 4,
    });
  });

  it('reports an unusable file as a failed execution notification', async () => {
    const path = temporaryFile('sarif-array.json', '[1]');
    const { code, stdout } = await runCli(['check', '--format', 'sarif', path]);
    const [sarifRun] = (JSON.parse(stdout) as SarifLog).runs;

    expect(code).toBe(2);
    expect(sarifRun!.results).toEqual([]);
    expect(sarifRun!.invocations[0]!.executionSuccessful).toBe(false);
    expect(sarifRun!.invocations[0]!.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: `${path}: expected a JSON object, found an array` },
        locations: [
          { physicalLocation: { artifactLocation: { uri: expect.stringMatching(/^file:\/\//) } } },
        ],
      },
    ]);
  });

  it('escapes a relative file name into a relative URI reference', async () => {
    const { stdout } = await runCli([
      'check',
      '--format',
      'sarif',
      relative(process.cwd(), join(temporaryDirectory, 'a #1.json')),
    ]);
    const notification = (JSON.parse(stdout) as SarifLog).runs[0]!.invocations[0]!
      .toolExecutionNotifications[0]!;
    expect(notification.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(
      /^[^:]*\/a%20%231\.json$/,
    );
  });
});

describe('text output colour', () => {
  const path = examplePath('plan-with-mistakes');
  const escape = '\u001b[';

  it('is used on a terminal', async () => {
    expect((await runCli(['check', path], { isTTY: true })).stdout).toContain(escape);
  });

  it('is not used when NO_COLOR is set or stdout is not a terminal', async () => {
    const noColor = await runCli(['check', path], { isTTY: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain(escape);
    expect((await runCli(['check', path])).stdout).not.toContain(escape);
  });
});

describe('the command line', () => {
  it('prints the usage for --help, and the version for --version', async () => {
    const help = await runCli(['--help']);
    expect(help).toEqual({
      code: 0,
      stdout: expect.stringMatching(/^Usage: xks-planner check/),
      stderr: '',
    });
    expect(await runCli(['check', '-h'])).toEqual(help);
    const version = await runCli(['--version']);
    expect(version).toEqual({
      code: 0,
      stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/),
      stderr: '',
    });
  });

  it.each([
    [[], 'no command given'],
    [['lint', 'plan.json'], 'unknown command "lint"'],
    [['check'], 'no file to check'],
    [['check', '--fix', 'plan.json'], 'unknown option "--fix"'],
    [['check', 'plan.json', '--format'], '--format needs a value'],
    [['check', 'plan.json', '--format', 'xml'], 'unknown format "xml": use text, json, sarif'],
  ])('%j: usage on stderr and exit 2', async (argv, problem) => {
    const { code, stdout, stderr } = await runCli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^xks-planner: ${problem}\n\nUsage: xks-planner check`));
  });

  it('takes every argument after -- as a file', async () => {
    const { code, stderr } = await runCli(['check', '--', '--format']);
    expect(code).toBe(2);
    expect(stderr).toBe('xks-planner: --format: no such file\n');
  });
});

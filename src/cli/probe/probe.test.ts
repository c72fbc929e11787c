import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trustedRootCas } from '../../domain/aws/trusted-cas';
import { probeCheckIds, type ProbeCheckId } from '../../domain/probe/probe-checks';
import type { ProbeCheck, ProbeResult } from '../../domain/probe/probe-result';
import { examplePath, runCli, temporaryWorkspace, testNow } from '../cli-test-support';
import {
  buildFakeProxyPki,
  fakeProxyHost,
  proxyFaults,
  startFakeXksProxy,
  type FakeProxyPki,
  type FakeXksProxy,
  type ProxyFault,
} from './fake-xks-proxy';
import { probeUsage } from './parse-probe-arguments';
import { runProbe } from './run-probe';

const workspace = temporaryWorkspace('xks-probe-');
const secret = 'XksPlannerProbeTestSecret0123456789abcdefghijKLMN';
const secretVariable = 'XKS_TEST_SECRET';
const example = JSON.parse(readFileSync(examplePath('public-endpoint-ready'), 'utf8')) as {
  region: string;
  keyStore: { XksProxyUriPath: string; XksProxyAuthenticationCredential: { AccessKeyId: string } };
  keys: { XksKeyId: string }[];
};
const planFile = join(workspace, 'plan.json');
writeFileSync(planFile, JSON.stringify(example));
const keys = example.keys.map((key) => key.XksKeyId);

let pki: FakeProxyPki;
const trustedRootFile = join(workspace, 'trusted-root.pem');
const privateRootFile = join(workspace, 'private-root.pem');

beforeAll(() => {
  const listedRoot = trustedRootCas.find((root) => root.alias === 'gtsrootr2');
  pki = buildFakeProxyPki(listedRoot?.subjectKeyIdentifier);
  writeFileSync(trustedRootFile, pki.trustedRoot);
  writeFileSync(privateRootFile, pki.privateRoot);
}, 120_000);
afterAll(() => pki.dispose());

const startProxy = (faults: readonly ProxyFault[] = []) =>
  startFakeXksProxy({
    pki,
    faults,
    uriPath: example.keyStore.XksProxyUriPath,
    region: example.region,
    accessKeyId: example.keyStore.XksProxyAuthenticationCredential.AccessKeyId,
    secretAccessKey: secret,
    keys,
  });

/** Every output of every probe run, for the test that the secret is in none of them. */
const outputs: string[] = [];

interface ProbeRun {
  readonly code: number;
  /** The --out file. */
  readonly out: string;
  readonly result: ProbeResult;
  readonly proxy: FakeXksProxy;
  check(id: ProbeCheckId): ProbeCheck;
}

let runs = 0;
async function probe(
  faults: readonly ProxyFault[] = [],
  options: { caFile?: string; extra?: readonly string[] } = {},
): Promise<ProbeRun> {
  const proxy = await startProxy(faults);
  const out = join(workspace, `result-${++runs}.json`);
  try {
    const { code, stdout, stderr } = await runCli(
      [
        'probe',
        planFile,
        '--secret-env',
        secretVariable,
        '--resolve',
        `${fakeProxyHost}:${proxy.port}:127.0.0.1`,
        '--ca-file',
        options.caFile ?? trustedRootFile,
        '--samples',
        '5',
        '--timeout',
        '1000',
        '--format',
        'json',
        '--out',
        out,
        '--from',
        'the test suite',
        ...(options.extra ?? []),
      ],
      { env: { [secretVariable]: secret } },
    );
    const written = readFileSync(out, 'utf8');
    outputs.push(stdout, stderr, written);
    expect(stderr).toBe('');
    expect(written).toBe(stdout);
    const result = JSON.parse(stdout) as ProbeResult;
    const check = (id: ProbeCheckId) => {
      const found = result.checks.find((each) => each.id === id);
      if (!found) throw new Error(`no check ${id}`);
      return found;
    };
    return { code, out, result, proxy, check };
  } finally {
    await proxy.close();
  }
}

describe('xks-planner probe against a healthy proxy', () => {
  let run: ProbeRun;
  beforeAll(async () => {
    run = await probe();
  }, 30_000);

  it('passes every check but DNS, which --resolve skips, and exits 0', () => {
    const statuses = Object.fromEntries(run.result.checks.map((check) => [check.id, check.status]));
    expect(statuses).toEqual({
      ...Object.fromEntries(probeCheckIds.map((id) => [id, 'pass'])),
      'dns-ipv4': 'skip',
    });
    expect(run.code).toBe(0);
    expect(run.result.summary).toEqual({ passed: 16, failed: 0, skipped: 1, verdict: 'pass' });
    expect(run.result.checks.filter((check) => check.id === 'api-get-key-metadata')).toHaveLength(
      2,
    );
  });

  it('records where, when, the TLS session, the served chain and the latency', () => {
    expect(run.result).toMatchObject({
      kind: 'xks-probe-result',
      measuredAt: testNow.toISOString(),
      measuredFrom: 'the test suite',
      target: {
        endpoint: `https://${fakeProxyHost}`,
        uriPath: example.keyStore.XksProxyUriPath,
        region: 'eu-west-1',
        connectedTo: expect.stringMatching(/^127\.0\.0\.1:\d+$/),
      },
      tls: { version: 'TLSv1.3', cipher: 'TLS_AES_256_GCM_SHA384' },
      latency: { samples: 5 },
    });
    expect(run.result.tls?.acceptedCipherSuites).toEqual([
      'TLS_AES_256_GCM_SHA384',
      'TLS_CHACHA20_POLY1305_SHA256',
      'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
    ]);
    expect(run.result.tls?.chain.map((certificate) => certificate.subject)).toEqual([
      `CN=${fakeProxyHost}`,
      'CN=XKS Test Issuing CA, O=XKS Test, C=US',
    ]);
    expect(run.check('tls-chain-trusted-by-kms').message).toContain('GTS Root R2');
  });

  it('signs as KMS does: kms-xks-proxy in the plan Region, only host and x-amz-date, Host without a port', () => {
    const posts = run.proxy.requests.filter((request) => request.method === 'POST');
    expect(posts.length).toBeGreaterThan(10);
    for (const request of posts) {
      expect(request.signedHeaders).toBe('host;x-amz-date');
      expect(request.credentialScope).toMatch(/^\d{8}\/eu-west-1\/kms-xks-proxy\/aws4_request$/);
      expect(request.host).toBe(fakeProxyHost);
      expect(request.contentType).toBe('application/json');
    }
  });

  it('sends the requestMetadata the specification requires and passes ciphertextMetadata back unchanged', () => {
    const bodies = run.proxy.requests.map((request) => ({
      path: request.path,
      body: request.body === '' ? undefined : (JSON.parse(request.body) as Record<string, unknown>),
    }));
    const health = bodies.find((each) => each.path.endsWith('/health'))!;
    expect(health.body?.requestMetadata).toEqual({
      kmsRequestId: expect.any(String),
      kmsOperation: 'KmsHealthCheck',
    });
    const encrypt = bodies.find((each) => each.path.endsWith('/encrypt'))!.body!;
    expect(encrypt).toMatchObject({
      requestMetadata: {
        awsPrincipalArn: 'arn:aws:iam::111122223333:role/xks-planner-probe',
        kmsKeyArn: expect.stringMatching(/^arn:aws:kms:eu-west-1:111122223333:key\//),
        kmsOperation: 'Encrypt',
      },
      encryptionAlgorithm: 'AES_GCM',
      additionalAuthenticatedData: expect.any(String),
    });
    const decrypt = bodies.find((each) => each.path.endsWith('/decrypt'))!.body!;
    expect(decrypt.ciphertextMetadata).toBe(Buffer.from('xks-planner').toString('base64'));
    expect(decrypt.requestMetadata).toMatchObject({ kmsOperation: 'Decrypt' });
  });
});

/** Each fault and the check it makes fail, with what KMS would report. */
const faultCases: readonly {
  fault: ProxyFault;
  fails: ProbeCheckId;
  reports: Pick<ProbeCheck, 'connectionErrorCode' | 'exception'>;
  caFile?: () => string;
  extra?: readonly string[];
}[] = [
  { fault: 'slow', fails: 'latency', reports: { connectionErrorCode: 'XKS_PROXY_TIMED_OUT' } },
  {
    fault: 'hang',
    fails: 'api-get-health-status',
    reports: { connectionErrorCode: 'XKS_PROXY_TIMED_OUT' },
    extra: ['--timeout', '300'],
  },
  {
    fault: 'wrong-path',
    fails: 'api-get-health-status',
    reports: {
      connectionErrorCode: 'XKS_PROXY_INVALID_CONFIGURATION',
      exception: 'XksProxyInvalidConfigurationException',
    },
  },
  {
    fault: 'unhealthy',
    fails: 'api-get-health-status',
    reports: {
      connectionErrorCode: 'XKS_PROXY_NOT_REACHABLE',
      exception: 'XksProxyUriUnreachableException',
    },
  },
  {
    fault: 'missing-fields',
    fails: 'api-get-key-metadata',
    reports: {
      connectionErrorCode: 'XKS_PROXY_INVALID_RESPONSE',
      exception: 'XksProxyInvalidResponseException',
    },
  },
  {
    fault: 'wrong-key-spec',
    fails: 'api-get-key-metadata',
    reports: { exception: 'XksKeyInvalidConfigurationException' },
  },
  {
    fault: 'tls-legacy-only',
    fails: 'tls-version',
    reports: { connectionErrorCode: 'XKS_PROXY_INVALID_TLS_CONFIGURATION' },
  },
  {
    fault: 'weak-ciphers',
    fails: 'tls-cipher-suites',
    reports: { connectionErrorCode: 'XKS_PROXY_INVALID_TLS_CONFIGURATION' },
  },
  {
    fault: 'plain-http',
    fails: 'tls-version',
    reports: { connectionErrorCode: 'XKS_PROXY_INVALID_TLS_CONFIGURATION' },
  },
  {
    fault: 'wrong-credential',
    fails: 'api-get-health-status',
    reports: {
      connectionErrorCode: 'INVALID_CREDENTIALS',
      exception: 'XksProxyIncorrectAuthenticationCredentialException',
    },
  },
  {
    fault: 'no-sigv4-check',
    fails: 'negative-wrong-signature',
    reports: { connectionErrorCode: 'XKS_PROXY_INVALID_RESPONSE' },
  },
  {
    fault: 'get-allowed',
    fails: 'negative-get-method',
    reports: { connectionErrorCode: 'XKS_PROXY_INVALID_RESPONSE' },
  },
  {
    fault: 'lax-validation',
    fails: 'negative-malformed-body',
    reports: { connectionErrorCode: 'XKS_PROXY_INVALID_RESPONSE' },
  },
  {
    fault: 'wrong-plaintext',
    fails: 'api-encrypt-decrypt',
    reports: { connectionErrorCode: 'XKS_PROXY_INVALID_RESPONSE' },
  },
  {
    fault: 'ignores-aad',
    fails: 'negative-wrong-aad',
    reports: { connectionErrorCode: 'XKS_PROXY_INVALID_RESPONSE' },
  },
  {
    fault: 'any-key',
    fails: 'negative-unknown-key',
    reports: { connectionErrorCode: 'XKS_PROXY_INVALID_RESPONSE' },
  },
  {
    fault: 'private-ca',
    fails: 'tls-chain-trusted-by-kms',
    reports: { connectionErrorCode: 'XKS_PROXY_INVALID_TLS_CONFIGURATION' },
    caFile: () => privateRootFile,
  },
  {
    fault: 'wrong-host-certificate',
    fails: 'tls-served-chain',
    reports: { connectionErrorCode: 'XKS_PROXY_INVALID_TLS_CONFIGURATION' },
  },
];

describe('xks-planner probe against a faulty proxy', () => {
  it('has a case for every fault', () => {
    expect(faultCases.map((each) => each.fault).sort()).toEqual([...proxyFaults].sort());
  });

  it.each(faultCases)(
    '$fault: $fails fails with what KMS would report; exit 1',
    async ({ fault, fails, reports, caFile, extra }) => {
      const run = await probe([fault], { caFile: caFile?.(), extra });
      expect(run.code).toBe(1);
      expect(run.check(fails)).toMatchObject({ status: 'fail', ...reports });
      expect(run.result.summary.verdict).toBe('fail');
    },
    15_000,
  );

  it('a private CA the probe was not given fails the API calls as a TLS problem', async () => {
    const run = await probe(['private-ca'], { caFile: trustedRootFile });
    expect(run.check('api-get-health-status')).toMatchObject({
      status: 'fail',
      connectionErrorCode: 'XKS_PROXY_INVALID_TLS_CONFIGURATION',
      message: expect.stringContaining('--ca-file'),
    });
    expect(run.check('latency').status).toBe('skip');
  });

  it('a closed port fails TCP as not reachable and skips everything after it', async () => {
    const proxy = await startProxy();
    const port = proxy.port;
    await proxy.close();
    const { code, stdout } = await runCli(
      [
        'probe',
        planFile,
        '--secret-env',
        secretVariable,
        '--resolve',
        `${fakeProxyHost}:${port}:127.0.0.1`,
        '--format',
        'json',
      ],
      { env: { [secretVariable]: secret } },
    );
    outputs.push(stdout);
    const result = JSON.parse(stdout) as ProbeResult;
    expect(code).toBe(1);
    expect(result.checks.find((check) => check.id === 'tcp-connect')).toMatchObject({
      status: 'fail',
      connectionErrorCode: 'XKS_PROXY_NOT_REACHABLE',
      exception: 'XksProxyUriUnreachableException',
    });
    expect(
      result.checks.filter((check) => check.status === 'skip').map((check) => check.id),
    ).toEqual(probeCheckIds.filter((id) => id !== 'tcp-connect'));
  });
});

describe('the DNS check', () => {
  const probeWith = async (lookup: Parameters<typeof runProbe>[0]['lookup'], port: number) =>
    runProbe({
      plan: example as never,
      host: fakeProxyHost,
      uriPath: example.keyStore.XksProxyUriPath,
      region: example.region,
      keyIds: keys,
      credential: {
        accessKeyId: example.keyStore.XksProxyAuthenticationCredential.AccessKeyId,
        secretAccessKey: secret,
      },
      port,
      extraCa: [pki.trustedRoot],
      samples: 1,
      timeoutMs: 1000,
      now: () => testNow,
      measuredFrom: 'the test suite',
      lookup,
    });

  it('passes for an IPv4 address and connects to it', async () => {
    const proxy = await startProxy();
    try {
      const result = await probeWith(async () => [{ address: '127.0.0.1', family: 4 }], proxy.port);
      expect(result.checks[0]).toMatchObject({ id: 'dns-ipv4', status: 'pass' });
      expect(result.summary.verdict).toBe('pass');
    } finally {
      await proxy.close();
    }
  });

  it('fails for a host with only IPv6 addresses, and for one that does not resolve', async () => {
    const ipv6 = await probeWith(async () => [{ address: '::1', family: 6 }], 443);
    expect(ipv6.checks[0]).toMatchObject({
      id: 'dns-ipv4',
      status: 'fail',
      connectionErrorCode: 'XKS_PROXY_NOT_REACHABLE',
      message: expect.stringContaining('only to IPv6'),
    });
    const missing = await probeWith(async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    }, 443);
    expect(missing.checks[0]).toMatchObject({ id: 'dns-ipv4', status: 'fail' });
    expect(missing.checks.slice(1).every((check) => check.status === 'skip')).toBe(true);
  });
});

describe('xks-planner probe: the command line', () => {
  it('--help prints the probe usage', async () => {
    expect(await runCli(['probe', '--help'])).toEqual({ code: 0, stdout: probeUsage, stderr: '' });
  });

  it.each([
    [['probe'], 'probe needs a plan'],
    [['probe', planFile, '--resolve', 'nonsense'], '--resolve needs HOST:PORT:ADDRESS'],
    [['probe', planFile, '--samples', 'many'], '--samples needs a whole number'],
    [['probe', planFile, '--format', 'sarif'], 'unknown probe format "sarif"'],
    [['probe', planFile, '--secret-env', 'NOT_SET'], 'the environment variable NOT_SET is not set'],
    [
      [
        'probe',
        planFile,
        '--secret-env',
        secretVariable,
        '--resolve',
        'other.example.com:443:10.0.0.1',
      ],
      "the plan's endpoint host is myproxy.xks.example.com",
    ],
    [['probe', planFile], 'no secret: name its environment variable with --secret-env'],
  ])('%j exits 2: %s', async (argv, problem) => {
    const { code, stderr } = await runCli(argv, { env: { [secretVariable]: secret } });
    outputs.push(stderr);
    expect(code).toBe(2);
    expect(stderr).toContain(problem);
  });

  it('refuses a secret KMS would refuse without showing it', async () => {
    const bad = 'short-secret!';
    const { code, stderr } = await runCli(['probe', planFile, '--secret-env', 'BAD'], {
      env: { BAD: bad },
    });
    expect(code).toBe(2);
    expect(stderr).toContain('is not 43 to 64 characters');
    expect(stderr).not.toContain(bad);
  });

  it('prints a readable text report', async () => {
    const proxy = await startProxy(['wrong-credential']);
    try {
      const { code, stdout } = await runCli(
        [
          'probe',
          planFile,
          '--secret-env',
          secretVariable,
          '--resolve',
          `${fakeProxyHost}:${proxy.port}:127.0.0.1`,
          '--ca-file',
          trustedRootFile,
          '--samples',
          '2',
        ],
        { env: { [secretVariable]: secret } },
      );
      outputs.push(stdout);
      expect(code).toBe(1);
      expect(stdout).toContain('FAIL  api-get-health-status');
      expect(stdout).toContain(
        'KMS would report: INVALID_CREDENTIALS / XksProxyIncorrectAuthenticationCredentialException',
      );
      expect(stdout).toMatch(/\d+ passed, 1 failed, \d+ skipped: FAIL/);
    } finally {
      await proxy.close();
    }
  });
});

describe('observations: check --observed and the report', () => {
  it('judges the chain the server served over the pasted one, and names the probe in the report', async () => {
    const trusted = await probe();
    const privateCa = await probe(['private-ca'], { caFile: privateRootFile });
    const plan = examplePath('public-endpoint-ready');
    const checkWith = async (observed: string) => {
      const { code, stdout, stderr } = await runCli([
        'check',
        plan,
        '--observed',
        observed,
        '--format',
        'json',
      ]);
      outputs.push(stdout, stderr);
      const { findings } = JSON.parse(stdout) as { findings: { ruleId: string }[] };
      return { code, ruleIds: findings.map((finding) => finding.ruleId) };
    };
    const good = await checkWith(trusted.out);
    expect(good.code).toBe(0);
    expect(good.ruleIds.filter((id) => id.startsWith('tls-'))).toEqual([]);
    const bad = await checkWith(privateCa.out);
    expect(bad.code).toBe(1);
    expect(bad.ruleIds).toContain('tls-certificate-root-ca-trusted');

    const withObserved = join(workspace, 'plan-with-observed.json');
    const observedPlan = { ...example, traffic: undefined, observed: undefined as unknown };
    const { observationsFromProbeResult } = await import('../../domain/probe/observations');
    const converted = observationsFromProbeResult(trusted.result);
    if ('problem' in converted) throw new Error(converted.problem);
    observedPlan.observed = converted.observed;
    writeFileSync(withObserved, JSON.stringify(observedPlan));
    const report = await runCli(['report', withObserved]);
    outputs.push(report.stdout);
    expect(report.stdout).toContain(
      `| Probe of the running proxy | Measured on ${testNow.toISOString().slice(0, 16).replace('T', ' ')} UTC from the test suite |`,
    );
    expect(report.stdout).toMatch(
      /\| Region to proxy, round trip \| [\d.]+ ms \| Measured \(median of the probe's signed calls, from the test suite\)/,
    );
  }, 30_000);

  it('refuses a file that is not a probe result', async () => {
    const { code, stderr } = await runCli([
      'check',
      examplePath('public-endpoint-ready'),
      '--observed',
      examplePath('public-endpoint-ready'),
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('not an xks-planner probe result');
  });
});

describe('the secret', () => {
  it('appears in no output, file or error of any probe run above', () => {
    expect(outputs.length).toBeGreaterThan(20);
    for (const output of outputs) expect(output).not.toContain(secret);
  });
});

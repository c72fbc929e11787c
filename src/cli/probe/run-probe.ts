/**
 * Runs the probe's checks in the order AWS KMS meets them and maps each failure to what KMS would
 * report. A step that fails makes the steps that need it "skip", with the reason.
 */
import { randomUUID } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import {
  assessLatencyAndCapacity,
  proxyTimeoutMs,
  roundTripTargetMs,
} from '../../domain/latency/latency-and-capacity';
import type { Plan } from '../../domain/plan/plan-schema';
import { kmsReportForProxyError, kmsReports, type KmsReport } from '../../domain/probe/kms-reports';
import { probeCheckIds, type ProbeCheckId } from '../../domain/probe/probe-checks';
import {
  percentile,
  summariseChecks,
  type ProbeCheck,
  type ProbeLatency,
  type ProbeResult,
  type ProbeTls,
  type ServedCertificate,
} from '../../domain/probe/probe-result';
import {
  decryptRequest,
  encryptRequest,
  errorNameOf,
  healthRequest,
  keyMetadataRequest,
  probeIdentity,
  proxyApiPath,
  proxyApiSuffix,
  readDecryptAnswer,
  readEncryptAnswer,
  readHealthAnswer,
  readKeyMetadataAnswer,
  type EncryptAnswer,
} from '../../domain/probe/proxy-api';
import { judgeServedChain } from '../../domain/probe/judge-served-chain';
import { analyseCertificateChain } from '../../domain/tls/analyse-certificate-chain';
import type { Finding } from '../../domain/engine/types';
import {
  ApiClient,
  connectTcp,
  handshake,
  lookupAddresses,
  type AddressLookup,
  type ApiAnswer,
  type ApiFailure,
  type Failure,
  type ProbeEndpoint,
} from './probe-network';
import { signXksRequest, type XksCredential } from './sign-xks-request';

export interface ProbeInput {
  readonly plan: Plan;
  /** From the plan's XksProxyUriEndpoint, XksProxyUriPath and region. */
  readonly host: string;
  readonly uriPath: string;
  readonly region: string;
  readonly keyIds: readonly string[];
  readonly credential: XksCredential;
  /** `--resolve`: connect here instead of looking the host up. */
  readonly resolve?: { readonly address: string; readonly port: number };
  /** The port KMS uses when there is no --resolve. */
  readonly port: number;
  /** Extra CA certificates (PEM) the handshake of the API calls accepts. */
  readonly extraCa: readonly string[];
  readonly samples: number;
  readonly timeoutMs: number;
  readonly now: () => Date;
  readonly measuredFrom: string;
  readonly lookup: AddressLookup;
}

/** The cipher suites KMS offers (XKS proxy API specification, "TLS"), by TLS version. */
export const kmsCipherSuites = [
  { iana: 'TLS_AES_256_GCM_SHA384', openssl: 'TLS_AES_256_GCM_SHA384', version: 'TLSv1.3' },
  {
    iana: 'TLS_CHACHA20_POLY1305_SHA256',
    openssl: 'TLS_CHACHA20_POLY1305_SHA256',
    version: 'TLSv1.3',
  },
  {
    iana: 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
    openssl: 'ECDHE-RSA-AES256-GCM-SHA384',
    version: 'TLSv1.2',
  },
  {
    iana: 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
    openssl: 'ECDHE-ECDSA-AES256-GCM-SHA384',
    version: 'TLSv1.2',
  },
] as const;

const isFailure = (value: object): value is Failure => 'error' in value;

const describeFindings = (findings: readonly Finding[]) =>
  findings.map((finding) => `${finding.severity} ${finding.ruleId}: ${finding.message}`).join('; ');

/** The wrong-signature case signs with another secret of the same form. */
const otherSecret = (secret: string) =>
  secret.startsWith('Invalid') ? `Wrong${secret.slice(7)}` : `Invalid${secret.slice(7)}`;

const plaintext = new TextEncoder().encode('xks-planner probe: Encrypt then Decrypt');
const aad = new TextEncoder().encode('project=xks-planner,check=encrypt-decrypt');
const otherAad = new TextEncoder().encode('project=xks-planner,check=wrong-aad');

export async function runProbe(input: ProbeInput): Promise<ProbeResult> {
  const measuredAt = input.now();
  const checks: ProbeCheck[] = [];
  const add = (check: ProbeCheck) => checks.push(check);
  const pass = (id: ProbeCheckId, message: string, extra: Partial<ProbeCheck> = {}) =>
    add({ id, status: 'pass', message, ...extra });
  const fail = (
    id: ProbeCheckId,
    message: string,
    report: KmsReport,
    extra: Partial<ProbeCheck> = {},
  ) => add({ id, status: 'fail', message, ...report, ...extra });
  const skip = (id: ProbeCheckId, message: string) => add({ id, status: 'skip', message });
  const skipAll = (ids: readonly ProbeCheckId[], reason: string) =>
    ids.forEach((id) => skip(id, reason));
  // The checks from a step on, in probeCheckIds' order (the order KMS meets them).
  const from = (id: ProbeCheckId) => probeCheckIds.slice(probeCheckIds.indexOf(id));
  const apiChecks = from('api-get-health-status');
  const afterTcp = from('tls-version');
  const target = {
    endpoint: `https://${input.host}`,
    uriPath: input.uriPath,
    region: input.region,
  };
  const finish = (extra: {
    connectedTo?: string;
    tls?: ProbeTls;
    latency?: ProbeLatency;
  }): ProbeResult => ({
    kind: 'xks-probe-result',
    measuredAt: measuredAt.toISOString(),
    measuredFrom: input.measuredFrom,
    target: { ...target, ...(extra.connectedTo && { connectedTo: extra.connectedTo }) },
    checks,
    ...(extra.latency && { latency: extra.latency }),
    ...(extra.tls && { tls: extra.tls }),
    summary: summariseChecks(checks),
  });

  // 1. DNS: KMS connects over IPv4 only.
  let address: string;
  let port = input.port;
  if (input.resolve) {
    ({ address, port } = input.resolve);
    skip('dns-ipv4', `not looked up: --resolve connects to ${address}:${port} for ${input.host}`);
  } else {
    const found = await lookupAddresses(input.host, input.timeoutMs, input.lookup);
    if (isFailure(found) || found.ipv4.length === 0) {
      const why = isFailure(found)
        ? `${input.host} does not resolve (${found.error})`
        : `${input.host} resolves only to IPv6 (${found.ipv6.join(', ')}); KMS reaches a proxy over IPv4`;
      fail('dns-ipv4', why, kmsReports.notReachable);
      skipAll(['tcp-connect', ...afterTcp], 'the host name did not resolve to IPv4');
      return finish({});
    }
    address = found.ipv4[0]!;
    pass('dns-ipv4', `${input.host} resolves to ${found.ipv4.join(', ')}`, { ms: found.ms });
  }
  const endpoint: ProbeEndpoint = { host: input.host, address, port };
  const connectedTo = `${address}:${port}`;

  // 2. TCP.
  const tcp = await connectTcp(endpoint, input.timeoutMs);
  if (isFailure(tcp)) {
    fail('tcp-connect', `cannot connect to ${connectedTo}: ${tcp.error}`, kmsReports.notReachable);
    skipAll(afterTcp, 'no TCP connection');
    return finish({ connectedTo });
  }
  pass('tcp-connect', `connected to ${connectedTo}`, { ms: tcp.ms });

  // 3. TLS: the version, each of KMS's suites, and the served chain judged by the planner's rules.
  const session = await handshake(endpoint, {}, input.timeoutMs);
  if (isFailure(session)) {
    fail(
      'tls-version',
      `no TLS 1.2 or later handshake with ${connectedTo} (SNI ${input.host}): ${session.error}`,
      kmsReports.invalidTls,
    );
    skipAll(afterTcp.slice(1), 'no TLS handshake');
    return finish({ connectedTo });
  }
  pass('tls-version', `${session.version} negotiated with ${session.cipher}`, { ms: session.ms });
  const accepted: string[] = [];
  for (const suite of kmsCipherSuites) {
    const attempt = await handshake(
      endpoint,
      { minVersion: suite.version, maxVersion: suite.version, ciphers: suite.openssl },
      input.timeoutMs,
    );
    if (!isFailure(attempt)) accepted.push(suite.iana);
  }
  if (accepted.length === 0) {
    fail(
      'tls-cipher-suites',
      `accepts none of the cipher suites KMS offers (${kmsCipherSuites.map((s) => s.iana).join(', ')})`,
      kmsReports.invalidTls,
    );
  } else {
    pass('tls-cipher-suites', `accepts ${accepted.join(', ')}`);
  }
  const analysis = await analyseCertificateChain(session.chainPem);
  const chain: ServedCertificate[] = analysis.certificates.map((certificate) => ({
    subject: certificate.subject,
    issuer: certificate.issuer,
    notAfter: certificate.notAfter,
    sha256: certificate.sha256,
  }));
  const tls: ProbeTls = {
    version: session.version,
    cipher: session.cipher,
    acceptedCipherSuites: accepted,
    chain,
    chainPem: session.chainPem,
  };
  const judged = await judgeServedChain(input.plan, session.chainPem, input.now());
  const judge = (id: ProbeCheckId, findings: readonly Finding[], passed: string) => {
    const errors = findings.filter((finding) => finding.severity === 'error');
    if (errors.length > 0) fail(id, describeFindings(findings), kmsReports.invalidTls);
    else pass(id, findings.length > 0 ? `${passed}; ${describeFindings(findings)}` : passed);
  };
  judge(
    'tls-served-chain',
    judged.chain,
    `${chain.length} certificate(s) served, leaf ${chain[0]?.subject ?? '?'}`,
  );
  judge(
    'tls-chain-trusted-by-kms',
    judged.trust,
    analysis.trustAnchor
      ? `ends at ${analysis.trustAnchor.commonName}, on AWS's list`
      : 'on AWS’s list',
  );

  // 4. The proxy API, signed as KMS signs.
  const client = new ApiClient(endpoint, [...rootCertificates, ...input.extraCa], input.timeoutMs);
  try {
    const call = async (
      path: string,
      body: unknown,
      options: { method?: 'POST' | 'GET'; credential?: XksCredential } = {},
    ): Promise<ApiAnswer | ApiFailure> => {
      const text = body === undefined ? '' : JSON.stringify(body);
      const headers = await signXksRequest({
        method: options.method ?? 'POST',
        host: input.host,
        path,
        body: text,
        region: input.region,
        credential: options.credential ?? input.credential,
        signingDate: input.now(),
      });
      return client.send(options.method ?? 'POST', path, headers, text);
    };
    const identity = () => probeIdentity(input.region, input.plan.accountId, randomUUID());
    const transportReport = (failure: ApiFailure): KmsReport =>
      failure.tls
        ? kmsReports.invalidTls
        : failure.timedOut
          ? kmsReports.timedOut
          : kmsReports.notReachable;
    const transportMessage = (failure: ApiFailure) =>
      failure.tls
        ? `the TLS connection was refused: ${failure.error} (a private CA needs --ca-file)`
        : failure.error;
    /** A failed answer to a call that should succeed: the proxy's error, or a malformed body. */
    const unexpected = (answer: ApiAnswer): { message: string; report: KmsReport } => {
      const errorName = errorNameOf(answer.body);
      return {
        message: errorName
          ? `HTTP ${answer.status} ${errorName}`
          : `HTTP ${answer.status} without the specification's error body`,
        report: kmsReportForProxyError(errorName),
      };
    };

    const healthPath = proxyApiPath(input.uriPath, 'health');
    const health = await call(healthPath, healthRequest(identity()));
    if (isFailure(health)) {
      fail('api-get-health-status', transportMessage(health), transportReport(health));
      skipAll(apiChecks.slice(1), 'GetHealthStatus got no answer');
      return finish({ connectedTo, tls });
    }
    if (health.status !== 200) {
      const { message, report } = unexpected(health);
      fail('api-get-health-status', `POST ${healthPath}: ${message}`, report, { ms: health.ms });
      const errorName = errorNameOf(health.body);
      if (
        errorName === 'AuthenticationFailedException' ||
        errorName === 'InvalidUriPathException'
      ) {
        skipAll(apiChecks.slice(1), `GetHealthStatus was refused with ${errorName}`);
        return finish({ connectedTo, tls });
      }
    } else {
      const read = readHealthAnswer(health.body);
      const instances = read.instances.map((i) => `${i.id} ${i.healthStatus}`).join(', ');
      if (read.problems.length > 0) {
        fail(
          'api-get-health-status',
          `malformed answer: ${read.problems.join('; ')}`,
          kmsReports.invalidResponse,
          { ms: health.ms },
        );
      } else if (read.allUnavailable) {
        fail(
          'api-get-health-status',
          `every key manager instance is UNAVAILABLE (${instances})`,
          kmsReports.notReachable,
          { ms: health.ms },
        );
      } else {
        pass('api-get-health-status', `fleet of ${read.fleetSize}; key manager ${instances}`, {
          ms: health.ms,
        });
      }
    }

    // GetKeyMetadata for each planned key.
    let usableKey: string | undefined;
    if (input.keyIds.length === 0) skip('api-get-key-metadata', 'the plan names no XksKeyId');
    for (const key of input.keyIds) {
      const path = proxyApiPath(input.uriPath, 'metadata', key);
      const answer = await call(path, keyMetadataRequest(identity()));
      if (isFailure(answer)) {
        fail('api-get-key-metadata', transportMessage(answer), transportReport(answer), { key });
        continue;
      }
      if (answer.status !== 200) {
        const { message, report } = unexpected(answer);
        fail('api-get-key-metadata', `${key}: ${message}`, report, { key, ms: answer.ms });
        continue;
      }
      const read = readKeyMetadataAnswer(answer.body);
      if (read.problems.length > 0) {
        fail(
          'api-get-key-metadata',
          `${key}: malformed answer: ${read.problems.join('; ')}`,
          kmsReports.invalidResponse,
          { key, ms: answer.ms },
        );
      } else if (read.unusable.length > 0) {
        fail(
          'api-get-key-metadata',
          `${key}: ${read.unusable.join('; ')}`,
          kmsReports.keyInvalidConfiguration,
          { key, ms: answer.ms },
        );
      } else {
        usableKey ??= key;
        pass('api-get-key-metadata', `${key}: AES_256, ENCRYPT and DECRYPT, ENABLED`, {
          key,
          ms: answer.ms,
        });
      }
    }

    // Encrypt → Decrypt with additional authenticated data, on the first usable key.
    let encrypted: EncryptAnswer | undefined;
    if (usableKey === undefined) {
      skip('api-encrypt-decrypt', 'no planned key passed GetKeyMetadata');
    } else {
      const key = usableKey;
      const started = performance.now();
      const answer = await call(
        proxyApiPath(input.uriPath, 'encrypt', key),
        encryptRequest(identity(), plaintext, aad),
      );
      const decrypt = async (): Promise<void> => {
        if (isFailure(answer)) {
          fail(
            'api-encrypt-decrypt',
            `Encrypt: ${transportMessage(answer)}`,
            transportReport(answer),
            { key },
          );
          return;
        }
        if (answer.status !== 200) {
          const { message, report } = unexpected(answer);
          fail('api-encrypt-decrypt', `Encrypt: ${message}`, report, { key });
          return;
        }
        const read = readEncryptAnswer(answer.body, plaintext.length);
        if (!read.answer) {
          fail(
            'api-encrypt-decrypt',
            `Encrypt: malformed answer: ${read.problems.join('; ')}`,
            kmsReports.invalidResponse,
            { key },
          );
          return;
        }
        encrypted = read.answer;
        const back = await call(
          proxyApiPath(input.uriPath, 'decrypt', key),
          decryptRequest(identity(), read.answer, aad),
        );
        const ms = Math.round((performance.now() - started) * 10) / 10;
        if (isFailure(back)) {
          fail('api-encrypt-decrypt', `Decrypt: ${transportMessage(back)}`, transportReport(back), {
            key,
          });
          return;
        }
        if (back.status !== 200) {
          const { message, report } = unexpected(back);
          fail('api-encrypt-decrypt', `Decrypt: ${message}`, report, { key, ms });
          return;
        }
        const result = readDecryptAnswer(back.body);
        if ('problem' in result) {
          fail(
            'api-encrypt-decrypt',
            `Decrypt: malformed answer: ${result.problem}`,
            kmsReports.invalidResponse,
            { key, ms },
          );
        } else if (Buffer.compare(Buffer.from(result.plaintext), Buffer.from(plaintext)) !== 0) {
          fail(
            'api-encrypt-decrypt',
            'Decrypt returned another plaintext than was encrypted',
            kmsReports.invalidResponse,
            { key, ms },
          );
        } else {
          pass(
            'api-encrypt-decrypt',
            `${key}: ${plaintext.length} bytes encrypted with AAD and decrypted back`,
            { key, ms },
          );
        }
      };
      await decrypt();
    }

    // 5. The negative cases: each must be refused the way the specification says.
    const expectRefusal = async (
      id: ProbeCheckId,
      answer: ApiAnswer | ApiFailure,
      status: number,
      errorName: string | undefined,
      ifAccepted: string,
    ) => {
      if (isFailure(answer)) {
        fail(id, transportMessage(answer), transportReport(answer));
        return;
      }
      const got = errorNameOf(answer.body);
      const expected = `HTTP ${status}${errorName ? ` ${errorName}` : ''}`;
      if (answer.status === status && (errorName === undefined || got === errorName)) {
        pass(id, expected, { ms: answer.ms });
      } else if (answer.status >= 200 && answer.status < 300) {
        fail(
          id,
          `${ifAccepted} (HTTP ${answer.status}; expected ${expected})`,
          kmsReports.invalidResponse,
          { ms: answer.ms },
        );
      } else {
        fail(
          id,
          `HTTP ${answer.status}${got ? ` ${got}` : ''}; expected ${expected}`,
          kmsReports.invalidResponse,
          { ms: answer.ms },
        );
      }
    };
    await expectRefusal(
      'negative-wrong-signature',
      await call(healthPath, healthRequest(identity()), {
        credential: {
          ...input.credential,
          secretAccessKey: otherSecret(input.credential.secretAccessKey),
        },
      }),
      401,
      'AuthenticationFailedException',
      'accepted a request signed with a wrong secret: the proxy does not verify SigV4',
    );
    await expectRefusal(
      'negative-unknown-key',
      await call(
        proxyApiPath(input.uriPath, 'metadata', 'xks-planner-probe-no-such-key'),
        keyMetadataRequest(identity()),
      ),
      404,
      'KeyNotFoundException',
      'answered GetKeyMetadata for a key that does not exist',
    );
    const prefix = input.uriPath.slice(0, input.uriPath.length - proxyApiSuffix.length);
    await expectRefusal(
      'negative-wrong-path',
      await call(
        `${prefix}/xks-planner-probe-invalid${proxyApiSuffix}/health`,
        healthRequest(identity()),
      ),
      404,
      'InvalidUriPathException',
      'answered on a path it should not serve',
    );
    await expectRefusal(
      'negative-get-method',
      await call(healthPath, undefined, { method: 'GET' }),
      405,
      undefined,
      'answered a GET on an API path',
    );
    await expectRefusal(
      'negative-malformed-body',
      await call(
        proxyApiPath(input.uriPath, 'metadata', input.keyIds[0] ?? 'xks-planner-probe-key'),
        {},
      ),
      400,
      'ValidationException',
      'accepted GetKeyMetadata without requestMetadata',
    );
    if (encrypted === undefined || usableKey === undefined) {
      skip('negative-wrong-aad', 'needs a successful Encrypt');
    } else {
      await expectRefusal(
        'negative-wrong-aad',
        await call(
          proxyApiPath(input.uriPath, 'decrypt', usableKey),
          decryptRequest(identity(), encrypted, otherAad),
        ),
        400,
        'InvalidCiphertextException',
        'decrypted with other additional authenticated data: the AAD is not authenticated',
      );
    }

    // 6. Latency of signed GetHealthStatus calls on the open connection.
    const samples: number[] = [];
    for (let index = 0; index < input.samples; index++) {
      const answer = await call(healthPath, healthRequest(identity()));
      if (isFailure(answer)) {
        fail(
          'latency',
          `sample ${index + 1}: ${transportMessage(answer)}`,
          transportReport(answer),
        );
        return finish({ connectedTo, tls });
      }
      samples.push(answer.ms);
    }
    if (samples.length === 0) {
      skip('latency', '--samples 0');
      return finish({ connectedTo, tls });
    }
    const latency: ProbeLatency = {
      samples: samples.length,
      p50_ms: percentile(samples, 50)!,
      p99_ms: percentile(samples, 99)!,
    };
    const estimate = assessLatencyAndCapacity(input.plan).regionToProxy;
    const compared =
      estimate.usedMs === undefined
        ? 'the plan has no round trip to compare'
        : `the plan's ${estimate.basis} Region-to-proxy round trip is ${estimate.usedMs} ms`;
    const measured = `p50 ${latency.p50_ms} ms, p99 ${latency.p99_ms} ms over ${latency.samples} calls from ${input.measuredFrom}`;
    const advice =
      latency.p50_ms <= roundTripTargetMs
        ? `within AWS's ${roundTripTargetMs} ms advice`
        : `above AWS's ${roundTripTargetMs} ms advice`;
    if (latency.p99_ms > proxyTimeoutMs) {
      fail(
        'latency',
        `${measured}: slower than the ${proxyTimeoutMs} ms KMS waits (${compared})`,
        kmsReports.timedOut,
      );
    } else {
      pass('latency', `${measured}, ${advice}; ${compared}`);
    }
    return finish({ connectedTo, tls, latency });
  } finally {
    client.close();
  }
}

/**
 * The network steps of a probe with Node's dns, net, tls and https modules. Every step has a
 * timeout, so a probe never hangs, and every failure comes back as a value, never an exception.
 */
import { lookup } from 'node:dns/promises';
import { request as httpsRequest, Agent } from 'node:https';
import { connect as netConnect } from 'node:net';
import { connect as tlsConnect, type PeerCertificate, type SecureVersion } from 'node:tls';

/** Where to connect, and the name KMS would use for SNI, the certificate check and `Host`. */
export interface ProbeEndpoint {
  readonly host: string;
  readonly address: string;
  readonly port: number;
}

export type Failure = { readonly error: string; readonly timedOut?: boolean };

const elapsed = (start: number) => Math.round((performance.now() - start) * 10) / 10;

/**
 * Runs `work`; a timer settles it as timed out when it takes longer than `ms`, and then calls the
 * abort function `work` returned.
 */
function withTimeout<T>(
  ms: number,
  work: (settle: (value: T | Failure) => void) => () => void,
): Promise<T | Failure> {
  return new Promise((resolve) => {
    let done = false;
    let abort = () => {};
    const settle = (value: T | Failure) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(value);
    };
    const timer = setTimeout(() => {
      settle({ error: `no answer within ${ms} ms`, timedOut: true });
      abort();
    }, ms);
    abort = work(settle);
  });
}

export type AddressLookup = (
  host: string,
) => Promise<readonly { address: string; family: number }[]>;

export const nodeLookup: AddressLookup = (host) => lookup(host, { all: true, verbatim: true });

export function describeError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
}

export async function lookupAddresses(
  host: string,
  timeoutMs: number,
  resolver: AddressLookup,
): Promise<{ ipv4: string[]; ipv6: string[]; ms: number } | Failure> {
  const start = performance.now();
  return withTimeout(timeoutMs, (settle) => {
    resolver(host).then(
      (addresses) =>
        settle({
          ipv4: addresses.filter((a) => a.family === 4).map((a) => a.address),
          ipv6: addresses.filter((a) => a.family === 6).map((a) => a.address),
          ms: elapsed(start),
        }),
      (error: unknown) => settle({ error: describeError(error) }),
    );
    return () => {};
  });
}

export function connectTcp(
  endpoint: ProbeEndpoint,
  timeoutMs: number,
): Promise<{ ms: number } | Failure> {
  const start = performance.now();
  return withTimeout(timeoutMs, (settle) => {
    const socket = netConnect({ host: endpoint.address, port: endpoint.port });
    socket.once('connect', () => {
      settle({ ms: elapsed(start) });
      socket.destroy();
    });
    socket.once('error', (error) => settle({ error: describeError(error) }));
    return () => socket.destroy();
  });
}

export interface Handshake {
  readonly ms: number;
  readonly version: string;
  /** IANA name of the negotiated cipher suite. */
  readonly cipher: string;
  /** The chain the server presented, leaf first, in PEM. */
  readonly chainPem: string;
}

export interface HandshakeOptions {
  readonly minVersion?: SecureVersion;
  readonly maxVersion?: SecureVersion;
  /** OpenSSL cipher list; TLS 1.3 suites by their IANA names. */
  readonly ciphers?: string;
}

const pem = (der: Buffer) =>
  `-----BEGIN CERTIFICATE-----\n${der
    .toString('base64')
    .replace(/.{64}/g, '$&\n')
    .replace(/\n?$/, '\n')}-----END CERTIFICATE-----\n`;

/** The presented chain: the leaf, then each issuer Node could link it to. */
function chainOf(leaf: PeerCertificate): string {
  const certificates: Buffer[] = [];
  let current: PeerCertificate | undefined = leaf;
  const seen = new Set<string>();
  while (current?.raw && !seen.has(current.fingerprint256)) {
    seen.add(current.fingerprint256);
    certificates.push(current.raw);
    current = (current as { issuerCertificate?: PeerCertificate }).issuerCertificate;
  }
  return certificates.map(pem).join('');
}

/**
 * One TLS handshake that accepts any certificate: what the server offers is recorded and judged
 * by the planner's own rules, which check it against AWS's trusted list, not this machine's.
 */
export function handshake(
  endpoint: ProbeEndpoint,
  options: HandshakeOptions,
  timeoutMs: number,
): Promise<Handshake | Failure> {
  const start = performance.now();
  return withTimeout(timeoutMs, (settle) => {
    const socket = tlsConnect({
      host: endpoint.address,
      port: endpoint.port,
      servername: endpoint.host,
      rejectUnauthorized: false,
      minVersion: options.minVersion ?? 'TLSv1.2',
      ...(options.maxVersion && { maxVersion: options.maxVersion }),
      ...(options.ciphers && { ciphers: options.ciphers }),
    });
    socket.once('secureConnect', () => {
      settle({
        ms: elapsed(start),
        version: socket.getProtocol() ?? 'unknown',
        cipher: socket.getCipher().standardName,
        chainPem: chainOf(socket.getPeerCertificate(true)),
      });
      socket.destroy();
    });
    socket.once('error', (error) => settle({ error: describeError(error) }));
    return () => socket.destroy();
  });
}

export interface ApiAnswer {
  readonly status: number;
  /** The parsed JSON body; undefined when the body is not JSON. */
  readonly body: unknown;
  readonly ms: number;
}

export interface ApiFailure extends Failure {
  /** The TLS handshake or certificate check failed (the probe's trust store plus --ca-file). */
  readonly tls?: boolean;
}

const largestBody = 1024 * 1024;

/**
 * HTTPS over one kept-alive connection, as KMS keeps its connections: the server's certificate
 * must be valid for the host and chain to this machine's roots or the --ca-file.
 */
export class ApiClient {
  private readonly agent: Agent;

  constructor(
    private readonly endpoint: ProbeEndpoint,
    ca: readonly string[],
    private readonly timeoutMs: number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: 1, ca: [...ca] });
  }

  send(
    method: 'POST' | 'GET',
    path: string,
    headers: Readonly<Record<string, string>>,
    body: string,
  ): Promise<ApiAnswer | ApiFailure> {
    const start = performance.now();
    return withTimeout<ApiAnswer>(this.timeoutMs, (settle) => {
      const request = httpsRequest(
        {
          agent: this.agent,
          host: this.endpoint.address,
          port: this.endpoint.port,
          servername: this.endpoint.host,
          method,
          path,
          headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size <= largestBody) chunks.push(chunk);
          });
          response.once('end', () => {
            let parsed: unknown;
            try {
              parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            } catch {
              parsed = undefined;
            }
            settle({ status: response.statusCode ?? 0, body: parsed, ms: elapsed(start) });
          });
          response.once('error', (error) => settle({ error: describeError(error) }));
        },
      );
      request.once('error', (error) => {
        const code = (error as { code?: string }).code ?? '';
        const tls =
          /CERT|SSL|TLS|SELF_SIGNED|ALTNAME|UNABLE_TO|VERIFY|EPROTO/i.test(code) ||
          /certificate|SSL|TLS|wrong version/i.test(error.message);
        settle({ error: describeError(error), ...(tls && { tls }) });
      });
      request.end(body);
      return () => request.destroy();
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

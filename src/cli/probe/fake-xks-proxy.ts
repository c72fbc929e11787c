// A fake XKS proxy for the probe's tests, started on loopback: real HTTPS with an openssl-made
// PKI, SigV4 verified with AWS's implementation, real AES-256-GCM as the specification prescribes,
// and switchable faults. A helper, not a test file: its name does not end in .test.ts.
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { createCipheriv, createDecipheriv, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer, type ServerOptions } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createTestPki, issuePrivateCa, longLivedCa, pemChain } from '../../testing/openssl-chains';
import { xksSigningService } from './sign-xks-request';

export const proxyFaults = [
  /** GetHealthStatus answers come 300 ms late. */
  'slow',
  /** GetHealthStatus is never answered. */
  'hang',
  /** The proxy serves another path prefix than the plan's. */
  'wrong-path',
  /** Every key manager instance is UNAVAILABLE. */
  'unhealthy',
  /** Required fields are missing from GetHealthStatus and GetKeyMetadata answers. */
  'missing-fields',
  /** Keys are RSA_2048, not AES_256. */
  'wrong-key-spec',
  /** TLS 1.1 at most. */
  'tls-legacy-only',
  /** Only TLS 1.2 with AES-128: none of KMS's suites. */
  'weak-ciphers',
  /** Plain HTTP, no TLS. */
  'plain-http',
  /** The proxy holds another secret for the access key ID. */
  'wrong-credential',
  /** Signatures are not verified. */
  'no-sigv4-check',
  /** GET is answered like POST. */
  'get-allowed',
  /** Bodies without requestMetadata are accepted. */
  'lax-validation',
  /** Decrypt returns other bytes. */
  'wrong-plaintext',
  /** The additional authenticated data is not authenticated. */
  'ignores-aad',
  /** Serves a certificate of a private CA, not one chaining to a root on AWS's list. */
  'private-ca',
  /** Serves a certificate for another host name. */
  'wrong-host-certificate',
  /** Answers GetKeyMetadata for any key ID, even one it does not hold. */
  'any-key',
] as const;

export type ProxyFault = (typeof proxyFaults)[number];

export const fakeProxyHost = 'myproxy.xks.example.com';

/** The PKI of the fake proxy; built once per test file (openssl takes a moment). */
export interface FakeProxyPki {
  /**
   * Leaf + intermediate under a test root with the name and key identifier of GTS Root R2, a root
   * on AWS's list whose public key is not known here, so the name is all the check can go by (a
   * listed root whose key is known would expose the test root as a forgery).
   */
  readonly trusted: { readonly key: string; readonly chain: string };
  readonly trustedRoot: string;
  /** A leaf for another host, under the same intermediate. */
  readonly otherHost: { readonly key: string; readonly chain: string };
  /** Leaf + intermediate under a private root. */
  readonly private: { readonly key: string; readonly chain: string };
  readonly privateRoot: string;
  dispose(): void;
}

export function buildFakeProxyPki(listedRootKeyIdentifier: string | undefined): FakeProxyPki {
  const pki = createTestPki();
  const leafOf = (issuer: ReturnType<typeof pki.issue>, host = fakeProxyHost) =>
    pki.issue({
      subject: `/CN=${host}`,
      dnsNames: [host],
      key: 'rsa-2048',
      notBefore: '2026-09-01',
      notAfter: '2027-09-30',
      issuer,
    });
  const listedRoot = pki.issue({
    subject: '/C=US/O=Google Trust Services LLC/CN=GTS Root R2',
    key: 'ec-p256',
    ...(listedRootKeyIdentifier && { subjectKeyIdentifier: listedRootKeyIdentifier }),
    ...longLivedCa,
  });
  const intermediate = pki.issue({
    subject: '/C=US/O=XKS Test/CN=XKS Test Issuing CA',
    key: 'ec-p256',
    issuer: listedRoot,
    ...longLivedCa,
  });
  const { root: privateRoot, issuing: privateIntermediate } = issuePrivateCa(pki);
  const trustedLeaf = leafOf(intermediate);
  const privateLeaf = leafOf(privateIntermediate);
  const otherLeaf = leafOf(intermediate, 'other.example.com');
  const served = (leaf: typeof trustedLeaf, issuer: typeof intermediate) => ({
    key: readFileSync(leaf.keyFile, 'utf8'),
    chain: pemChain(leaf, issuer),
  });
  return {
    trusted: served(trustedLeaf, intermediate),
    trustedRoot: listedRoot.pem,
    otherHost: served(otherLeaf, intermediate),
    private: served(privateLeaf, privateIntermediate),
    privateRoot: privateRoot.pem,
    dispose: () => pki.dispose(),
  };
}

export interface FakeProxyOptions {
  readonly pki: FakeProxyPki;
  readonly faults?: readonly ProxyFault[];
  readonly uriPath: string;
  readonly region: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** External key IDs the proxy holds. */
  readonly keys: readonly string[];
}

/** What the proxy saw of one request, for tests to assert how the probe called it. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly host: string | undefined;
  readonly contentType: string | undefined;
  readonly signedHeaders: string | undefined;
  readonly credentialScope: string | undefined;
  readonly body: string;
}

export interface FakeXksProxy {
  readonly port: number;
  readonly requests: readonly SeenRequest[];
  close(): Promise<void>;
}

const authorizationPattern =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8}\/[^/]+\/[^/]+\/aws4_request), SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/;

/** `20261205T101500Z` → a Date. */
const amzDate = (text: string) =>
  new Date(text.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));

export async function startFakeXksProxy(options: FakeProxyOptions): Promise<FakeXksProxy> {
  const faults = new Set(options.faults ?? []);
  const served = faults.has('wrong-path') ? '/other/kms/xks/v1' : options.uriPath;
  const secret = faults.has('wrong-credential')
    ? `Other${options.secretAccessKey.slice(5)}`
    : options.secretAccessKey;
  const keyMaterial = new Map(options.keys.map((key) => [key, randomBytes(32)]));
  const requests: SeenRequest[] = [];
  const signer = new SignatureV4({
    service: xksSigningService,
    region: options.region,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: secret },
    sha256: Sha256,
    applyChecksum: false,
  });

  async function signatureValid(
    request: IncomingMessage,
    path: string,
    body: string,
  ): Promise<boolean> {
    const match = authorizationPattern.exec(request.headers.authorization ?? '');
    if (!match) return false;
    const [, accessKeyId, scope, signedHeaders, signature] = match;
    if (accessKeyId !== options.accessKeyId) return false;
    if (scope!.split('/')[1] !== options.region || scope!.split('/')[2] !== xksSigningService)
      return false;
    const date = request.headers['x-amz-date'];
    if (typeof date !== 'string') return false;
    const headers: Record<string, string> = {};
    for (const name of signedHeaders!.split(';')) {
      const value = request.headers[name];
      if (typeof value !== 'string') return false;
      if (name !== 'x-amz-date') headers[name] = value;
    }
    const expected = await signer.sign(
      {
        method: request.method ?? 'POST',
        protocol: 'https:',
        hostname: headers.host ?? '',
        path,
        query: {},
        headers,
        body,
      },
      { signingDate: amzDate(date), signableHeaders: new Set(signedHeaders!.split(';')) },
    );
    const expectedSignature =
      /Signature=([0-9a-f]{64})$/.exec(String(expected.headers.authorization))?.[1] ?? '';
    return timingSafeEqual(Buffer.from(expectedSignature.padEnd(64)), Buffer.from(signature!));
  }

  const gcmAad = (aad: Buffer, metadata: Buffer) => {
    const aadLength = Buffer.alloc(2);
    aadLength.writeUInt16BE(aad.length);
    return Buffer.concat([aadLength, aad, Buffer.from([metadata.length]), metadata]);
  };

  /** The answer to one API call: [status, body]. */
  async function answer(
    request: IncomingMessage,
    path: string,
    text: string,
  ): Promise<[number, unknown]> {
    const error = (status: number, errorName: string) =>
      [status, { errorName, errorMessage: errorName }] as [number, unknown];
    if (!path.startsWith(`${served}/`)) return error(404, 'InvalidUriPathException');
    const rest = path.slice(served.length);
    const keyMatch = /^\/keys\/([^/]+)\/(metadata|encrypt|decrypt)$/.exec(rest);
    if (rest !== '/health' && !keyMatch) return error(404, 'InvalidUriPathException');
    if (request.method !== 'POST' && !(request.method === 'GET' && faults.has('get-allowed'))) {
      return [405, undefined];
    }
    if (!faults.has('no-sigv4-check') && !(await signatureValid(request, path, text))) {
      return error(401, 'AuthenticationFailedException');
    }
    let body: Record<string, unknown> = {};
    try {
      body = text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
    } catch {
      return error(400, 'ValidationException');
    }
    const metadata = body.requestMetadata as Record<string, unknown> | undefined;
    const validMetadata =
      typeof metadata?.kmsRequestId === 'string' && typeof metadata.kmsOperation === 'string';
    if (!validMetadata && !faults.has('lax-validation') && request.method === 'POST') {
      return error(400, 'ValidationException');
    }
    if (rest === '/health') {
      if (faults.has('hang')) return new Promise(() => {});
      return [
        200,
        {
          xksProxyFleetSize: 2,
          ...(!faults.has('missing-fields') && { xksProxyVendor: 'XKS Planner tests' }),
          xksProxyModel: 'fake-xks-proxy',
          ekmVendor: 'Node.js crypto',
          ekmFleetDetails: [
            {
              id: 'hsm-a',
              model: 'node',
              healthStatus: faults.has('unhealthy') ? 'UNAVAILABLE' : 'ACTIVE',
            },
          ],
        },
      ];
    }
    const [, encodedKey, operation] = keyMatch!;
    const key =
      keyMaterial.get(decodeURIComponent(encodedKey!)) ??
      (faults.has('any-key') && operation === 'metadata' ? randomBytes(32) : undefined);
    if (!key) return error(404, 'KeyNotFoundException');
    if (operation === 'metadata') {
      return [
        200,
        {
          keySpec: faults.has('wrong-key-spec') ? 'RSA_2048' : 'AES_256',
          keyUsage: ['ENCRYPT', 'DECRYPT'],
          ...(!faults.has('missing-fields') && { keyStatus: 'ENABLED' }),
        },
      ];
    }
    const bytes = (field: string) =>
      Buffer.from(typeof body[field] === 'string' ? (body[field] as string) : '', 'base64');
    const aad = faults.has('ignores-aad') ? Buffer.alloc(0) : bytes('additionalAuthenticatedData');
    if (operation === 'encrypt') {
      if (typeof body.plaintext !== 'string') return error(400, 'ValidationException');
      const iv = randomBytes(12);
      const ciphertextMetadata = Buffer.from('xks-planner');
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(gcmAad(aad, ciphertextMetadata));
      const ciphertext = Buffer.concat([cipher.update(bytes('plaintext')), cipher.final()]);
      return [
        200,
        {
          ciphertext: ciphertext.toString('base64'),
          ciphertextMetadata: ciphertextMetadata.toString('base64'),
          initializationVector: iv.toString('base64'),
          authenticationTag: cipher.getAuthTag().toString('base64'),
        },
      ];
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, bytes('initializationVector'));
      decipher.setAAD(gcmAad(aad, bytes('ciphertextMetadata')));
      decipher.setAuthTag(bytes('authenticationTag'));
      const plaintext = Buffer.concat([decipher.update(bytes('ciphertext')), decipher.final()]);
      if (faults.has('wrong-plaintext')) plaintext.reverse();
      return [200, { plaintext: plaintext.toString('base64') }];
    } catch {
      return error(400, 'InvalidCiphertextException');
    }
  }

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const path = request.url ?? '/';
      const authorization = authorizationPattern.exec(request.headers.authorization ?? '');
      requests.push({
        method: request.method ?? '',
        path,
        host: request.headers.host,
        contentType: request.headers['content-type'],
        signedHeaders: authorization?.[3],
        credentialScope: authorization?.[2],
        body: text,
      });
      void answer(request, path, text).then(([status, body]) => {
        const send = () => {
          response.writeHead(status, { 'content-type': 'application/json' });
          response.end(body === undefined ? '' : JSON.stringify(body));
        };
        if (faults.has('slow') && path.endsWith('/health')) setTimeout(send, 300);
        else send();
      });
    });
  };

  const certificate = faults.has('private-ca')
    ? options.pki.private
    : faults.has('wrong-host-certificate')
      ? options.pki.otherHost
      : options.pki.trusted;
  const tlsOptions: ServerOptions = {
    key: certificate.key,
    cert: certificate.chain,
    ...(faults.has('tls-legacy-only') && {
      minVersion: 'TLSv1',
      maxVersion: 'TLSv1.1',
      ciphers: 'DEFAULT@SECLEVEL=0',
    }),
    ...(faults.has('weak-ciphers') && {
      maxVersion: 'TLSv1.2',
      ciphers: 'ECDHE-RSA-AES128-GCM-SHA256',
    }),
  };
  const server = faults.has('plain-http')
    ? createHttpServer(handle)
    : createHttpsServer(tlsOptions, handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

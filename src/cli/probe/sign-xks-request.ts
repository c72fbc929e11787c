/**
 * Signs a proxy API request as AWS KMS does, with AWS's own SigV4 implementation: service
 * `kms-xks-proxy`, the key store's Region, and only `host` and `x-amz-date` signed (XKS proxy API
 * specification, Appendix A). `Content-Type` is sent but not signed, as KMS sends it.
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';

export const xksSigningService = 'kms-xks-proxy';

export interface XksCredential {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

export interface RequestToSign {
  readonly method: 'POST' | 'GET';
  /** The endpoint host as KMS names it: the `Host` header, without a port (KMS uses 443). */
  readonly host: string;
  readonly path: string;
  readonly body: string;
  readonly region: string;
  readonly credential: XksCredential;
  readonly signingDate: Date;
}

/** The headers of the signed request: host, x-amz-date, authorization, content-type. */
export async function signXksRequest(request: RequestToSign): Promise<Record<string, string>> {
  const signer = new SignatureV4({
    service: xksSigningService,
    region: request.region,
    credentials: request.credential,
    sha256: Sha256,
    // KMS sends no x-amz-content-sha256 header; the body hash is still part of the signature.
    applyChecksum: false,
  });
  const signed = await signer.sign(
    {
      method: request.method,
      protocol: 'https:',
      hostname: request.host,
      path: request.path,
      query: {},
      headers: { host: request.host },
      body: request.body,
    },
    { signingDate: request.signingDate },
  );
  return { ...signed.headers, 'content-type': 'application/json' };
}

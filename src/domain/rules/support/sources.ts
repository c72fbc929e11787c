/** Where the requirements come from: AWS documentation pages, by their stable addresses. */

// In a module of its own: the start page links the guide, and the rest of this one is the engine's.
export { guide } from './developer-guide';

/** A page of the AWS KMS API Reference, e.g. `API_CreateCustomKeyStore.html`. */
export function apiReference(page: string): string {
  return `https://docs.aws.amazon.com/kms/latest/APIReference/${page}`;
}

/** The AWS KMS External Key Store Proxy API Specification (v1.0.3). */
export const proxyApiSpec =
  'https://github.com/aws/aws-kms-xksproxy-api-spec/blob/main/xks_proxy_api_spec.md';

/** AWS's list of root CAs trusted for an external key store proxy's TLS certificate. */
export const trustedCaList =
  'https://github.com/aws/aws-kms-xksproxy-api-spec/blob/main/TrustedCertificateAuthorities';

/** Amazon VPC PrivateLink guide page, e.g. `manage-dns-names.html`. */
export function privateLink(page: string): string {
  return `https://docs.aws.amazon.com/vpc/latest/privatelink/${page}`;
}

/** A pull request of the XKS proxy API specification's repository, e.g. 27 (mTLS deprecated). */
export function proxyApiSpecPullRequest(number: number): string {
  return `https://github.com/aws/aws-kms-xksproxy-api-spec/pull/${number}`;
}

/** AWS's conformance test client for XKS proxies. */
export const xksProxyTestClient = 'https://github.com/aws-samples/aws-kms-xksproxy-test-client';

/** Amazon EC2 guide: Availability Zone names (the Region code and a letter) and zone IDs. */
export const regionsAndZones =
  'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-regions-availability-zones.html';

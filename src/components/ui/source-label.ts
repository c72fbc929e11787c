/** Readable names for the documents rules cite, by address prefix. */
const knownDocuments: readonly { prefix: string; name: string }[] = [
  {
    prefix: 'https://docs.aws.amazon.com/kms/latest/developerguide/',
    name: 'AWS KMS Developer Guide',
  },
  { prefix: 'https://docs.aws.amazon.com/kms/latest/APIReference/', name: 'AWS KMS API Reference' },
  { prefix: 'https://docs.aws.amazon.com/vpc/latest/privatelink/', name: 'AWS PrivateLink Guide' },
  {
    prefix: 'https://github.com/aws/aws-kms-xksproxy-api-spec/blob/main/xks_proxy_api_spec.md',
    name: 'XKS Proxy API Specification',
  },
  {
    prefix:
      'https://github.com/aws/aws-kms-xksproxy-api-spec/blob/main/TrustedCertificateAuthorities',
    name: 'XKS trusted certificate authorities',
  },
];

/**
 * A link text that says which document and which page a source is, e.g.
 * "AWS KMS Developer Guide: create-xks-keystore#require-endpoint".
 */
export function sourceLabel(url: string): string {
  const known = knownDocuments.find((document) => url.startsWith(document.prefix));
  if (!known) return url.replace(/^https:\/\//, '');
  const page = url.slice(known.prefix.length).replace(/\.html(?=#|$)/, '');
  return page ? `${known.name}: ${page}` : known.name;
}

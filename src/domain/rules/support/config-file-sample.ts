/**
 * A well-formed proxy configuration file for the proxy-config rule tests. The secret is Base64 of
 * the 32 bytes "xks-planner unit test secret 32b", not a real credential.
 */
export const sampleProxyConfigFile = {
  XksProxyUriPath: '/example-prefix/kms/xks/v1',
  XksProxyAuthenticationCredential: {
    AccessKeyId: 'BE3QMVKAHPJ6Z4OI2RQXF7TW',
    RawSecretAccessKey: 'eGtzLXBsYW5uZXIgdW5pdCB0ZXN0IHNlY3JldCAzMmI=',
  },
} as const;

/** The sample file with some credential members replaced (undefined removes one). */
export function sampleWithCredential(members: Readonly<Record<string, unknown>>) {
  const credential: Record<string, unknown> = {
    ...sampleProxyConfigFile.XksProxyAuthenticationCredential,
    ...members,
  };
  for (const [key, value] of Object.entries(members))
    if (value === undefined) delete credential[key];
  return { ...sampleProxyConfigFile, XksProxyAuthenticationCredential: credential };
}

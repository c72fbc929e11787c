/**
 * The KMS console's proxy configuration file: the JSON a proxy vendor hands out to be uploaded
 * when creating or editing an external key store (DG/create-xks-keystore.html
 * #proxy-configuration-file). It holds the raw secret, so nothing here ever echoes a value.
 */
export const proxyConfigFileKeys = ['XksProxyUriPath', 'XksProxyAuthenticationCredential'] as const;
export const proxyConfigCredentialKeys = ['AccessKeyId', 'RawSecretAccessKey'] as const;

/** A proxy configuration file as read from disk: any JSON object; the rules judge its shape. */
export type ProxyConfigFile = Readonly<Record<string, unknown>>;

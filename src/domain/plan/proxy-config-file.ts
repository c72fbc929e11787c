/**
 * The KMS console's proxy configuration file: the JSON a proxy vendor hands out to be uploaded
 * when creating or editing an external key store (DG/create-xks-keystore.html
 * #proxy-configuration-file). It holds the raw secret, so nothing here ever echoes a value.
 */
import { memberNamesOf } from './schema-description';
import { planDescription } from './well-formed-plan';

export const proxyConfigFileKeys = ['XksProxyUriPath', 'XksProxyAuthenticationCredential'] as const;
export const proxyConfigCredentialKeys = ['AccessKeyId', 'RawSecretAccessKey'] as const;

/**
 * The CreateCustomKeyStore parameters (the plan's `keyStore`) a proxy configuration file never
 * has: people expect them in the file, but the console asks for them separately, and one of them
 * tells a request apart from the file.
 */
export const keyStoreParametersNotInFile: readonly string[] = memberNamesOf(planDescription, [
  'keyStore',
]).filter((key) => !(proxyConfigFileKeys as readonly string[]).includes(key));

/** A proxy configuration file as read from disk: any JSON object; the rules judge its shape. */
export type ProxyConfigFile = Readonly<Record<string, unknown>>;

/*
 * What XKS Planner's export writes where the plan has no value: the console needs every field, a
 * visible placeholder tells the user exactly what to paste where, and the proxy-config rules
 * recognise each one (an error that says so, rather than judging it as a value), so a file that was
 * never completed cannot pass a check.
 */
export const proxyConfigPlaceholders = {
  XksProxyUriPath: '<the proxy URI path, ending in /kms/xks/v1>',
  AccessKeyId: '<the access key ID of the proxy credential>',
  RawSecretAccessKey: '<paste the secret access key here>',
} as const;

/** Whether a value is the placeholder the export writes for that field. */
export function isProxyConfigPlaceholder(
  field: keyof typeof proxyConfigPlaceholders,
  value: unknown,
): boolean {
  return value === proxyConfigPlaceholders[field];
}

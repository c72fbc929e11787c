/**
 * The KMS console's proxy configuration file (DG/create-xks-keystore.html#proxy-configuration-file):
 * exactly XksProxyUriPath and XksProxyAuthenticationCredential with AccessKeyId and
 * RawSecretAccessKey. Plans never hold the secret; it is written only when the caller passes it
 * (the user typed or generated it in this session and asked for it in the file).
 */
import type { Plan } from '../../plan/plan-schema';
import { proxyConfigPlaceholders, type ProxyConfigFile } from '../../plan/proxy-config-file';
import type { GeneratedFile } from '../types';

export const proxyConfigFileName = 'proxy-configuration.json';

/** Placeholders for values the plan does not have (the rules recognise them). */
export const placeholders = proxyConfigPlaceholders;

export interface ProxyConfigOptions {
  /** The raw secret, only when the user asked for it to be written into the file. */
  readonly secretAccessKey?: string;
}

export function generateProxyConfig(plan: Plan, options: ProxyConfigOptions = {}): GeneratedFile[] {
  const file: ProxyConfigFile = {
    XksProxyUriPath:
      plan.keyStore?.XksProxyUriPath ?? plan.proxy?.uriPath ?? placeholders.XksProxyUriPath,
    XksProxyAuthenticationCredential: {
      AccessKeyId:
        plan.keyStore?.XksProxyAuthenticationCredential?.AccessKeyId ?? placeholders.AccessKeyId,
      RawSecretAccessKey: options.secretAccessKey ?? placeholders.RawSecretAccessKey,
    },
  };
  return [{ path: proxyConfigFileName, content: `${JSON.stringify(file, null, 2)}\n` }];
}

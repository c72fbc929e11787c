/**
 * The AWS sample proxy, aws-samples/aws-kms-xks-proxy (Apache-2.0): sample code, not a KMS
 * requirement, but a plan that names it is held to what it accepts. Read from the comments of its
 * `xks-axum/configuration/settings.toml` and its README (catalogue facts 25 and 45).
 */
import type { Plan } from '../../plan/plan-schema';

export const sampleProxyRepository = 'https://github.com/aws-samples/aws-kms-xks-proxy';

/** settings.toml: "A Proxy URI path prefix is either empty, or it must have between 9 and 117 characters." */
export const samplePathPrefixLength = { min: 9, max: 117 } as const;

/** It answers plain HTTP GET /ping (port_http_ping, 80 unless configured) for load balancers. */
export const samplePingPath = '/ping';

/**
 * Whether the plan's proxy is the AWS sample proxy: true or false when its product or vendor
 * says, undefined when neither is stated.
 */
export function isSampleProxy(plan: Plan): boolean | undefined {
  const names = [plan.proxy?.product, plan.proxy?.vendor].filter(
    (name): name is string => name !== undefined && name.trim() !== '',
  );
  if (names.length === 0) return undefined;
  return names.some((name) => /aws-kms-xks-proxy|aws-samples/i.test(name));
}

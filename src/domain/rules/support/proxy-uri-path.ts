import { checkKmsString, describeShapeViolation, kmsStringShapes } from '../../aws/kms-api-formats';

/** The only proxy API version that exists (the API pattern would accept v0 to v99). */
export const proxyApiSuffix = '/kms/xks/v1';

export type ProxyUriPathProblem =
  | { readonly kind: 'api-format'; readonly detail: string }
  | { readonly kind: 'not-v1'; readonly version: string };

/**
 * What is wrong with an XksProxyUriPath value, or undefined when KMS and the proxy API accept it.
 * Shared by the plan's path rule and the proxy configuration file's rule.
 */
export function proxyUriPathProblem(path: string): ProxyUriPathProblem | undefined {
  const violation = checkKmsString(kmsStringShapes.XksProxyUriPathType, path);
  if (violation) return { kind: 'api-format', detail: describeShapeViolation(violation) };
  if (!path.endsWith(proxyApiSuffix)) {
    const version = /\/kms\/xks\/(v\d{1,2})$/.exec(path)?.[1] ?? 'another version';
    return { kind: 'not-v1', version };
  }
  return undefined;
}

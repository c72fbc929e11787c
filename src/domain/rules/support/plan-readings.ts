/** Small, shared readings of a plan that several rules need. */
import { findRegion, type AwsRegion } from '../../aws/regions';
import type { Plan } from '../../plan/plan-schema';

export const httpsPrefix = 'https://';

/** The host part of an `https://host` endpoint, or undefined when the value has another form. */
export function hostOfEndpoint(endpoint: string | undefined): string | undefined {
  if (endpoint === undefined || !endpoint.startsWith(httpsPrefix)) return undefined;
  const host = endpoint.slice(httpsPrefix.length);
  return host === '' ? undefined : host;
}

/** The plan's Region when it is a known AWS Region. */
export function planRegion(plan: Plan): AwsRegion | undefined {
  return plan.region === undefined ? undefined : findRegion(plan.region);
}

/** DNS names compare case-insensitively and without a trailing dot. */
export function normaliseDnsName(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '');
}

/**
 * A dotted-quad IPv4 literal such as 10.0.0.5 as an unsigned 32-bit number; undefined for any
 * other text. One pass over the characters: the VPC rules read every address of a plan.
 */
export function ipv4Number(text: string): number | undefined {
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x2e) {
      if (digits === 0 || dots === 3) return undefined;
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
      dots++;
    } else if (code >= 0x30 && code <= 0x39) {
      octet = octet * 10 + (code - 0x30);
      if (++digits > 3 || octet > 255) return undefined;
    } else {
      return undefined;
    }
  }
  return dots === 3 && digits > 0 ? value * 256 + octet : undefined;
}

/** True for a dotted-quad IPv4 literal such as 10.0.0.5. */
export function isIpv4Literal(text: string): boolean {
  return ipv4Number(text) !== undefined;
}

/** The store owner's account, which KMS assumes for the endpoint service unless told otherwise. */
export function endpointServiceOwner(plan: Plan): string | undefined {
  return plan.keyStore?.XksProxyVpcEndpointServiceOwner ?? plan.accountId;
}

/** The service principal KMS uses in a Region: cks.kms.<region>.amazonaws.com. */
export function kmsServicePrincipal(regionCode: string): string {
  return `cks.kms.${regionCode}.amazonaws.com`;
}

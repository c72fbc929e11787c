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

/** True for a dotted-quad IPv4 literal such as 10.0.0.5. */
export function isIpv4Literal(text: string): boolean {
  const octets = ipv4Octets.exec(text);
  if (octets === null) return false;
  for (let index = 1; index <= 4; index++) if (Number(octets[index]) > 255) return false;
  return true;
}

const ipv4Octets = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** The store owner's account, which KMS assumes for the endpoint service unless told otherwise. */
export function endpointServiceOwner(plan: Plan): string | undefined {
  return plan.keyStore?.XksProxyVpcEndpointServiceOwner ?? plan.accountId;
}

/** The service principal KMS uses in a Region: cks.kms.<region>.amazonaws.com. */
export function kmsServicePrincipal(regionCode: string): string {
  return `cks.kms.${regionCode}.amazonaws.com`;
}

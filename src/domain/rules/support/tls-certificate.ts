/** Readings of the plan's TLS server certificate that the tls-certificate-* rules share. */
import { checkKmsString, kmsStringShapes } from '../../aws/kms-api-formats';
import type { Plan } from '../../plan/plan-schema';
import { hostOfEndpoint, isIpv4Literal, normaliseDnsName } from './plan-facts';

export type CertificateField = keyof NonNullable<NonNullable<Plan['tls']>['certificate']>;

/** Where a certificate field lives in the plan, for a finding's path. */
export function certificatePath(field: CertificateField): string[] {
  return ['tls', 'certificate', field];
}

/** Who presents the certificate to KMS, in words for messages. */
export function certificateHolder(plan: Plan): string {
  return plan.tls?.terminatesAt === 'load-balancer'
    ? "the load balancer's TLS listener"
    : 'the proxy';
}

export interface KmsHost {
  /** Normalised DNS name KMS connects to and matches the certificate against. */
  readonly host: string;
  /** The plan field the host name was read from, in words for messages. */
  readonly field: string;
}

/**
 * The DNS name KMS connects to: the host of a well-formed XksProxyUriEndpoint, or for VPC
 * connectivity the endpoint service's private DNS name (which the endpoint must equal). A
 * malformed endpoint or an IP address is left to the endpoint format rule.
 */
export function kmsHost(plan: Plan): KmsHost | undefined {
  const endpoint = plan.keyStore?.XksProxyUriEndpoint;
  if (
    endpoint !== undefined &&
    checkKmsString(kmsStringShapes.XksProxyUriEndpointType, endpoint) === undefined
  ) {
    const host = hostOfEndpoint(endpoint);
    if (host !== undefined && !isIpv4Literal(host)) {
      return { host: normaliseDnsName(host), field: 'XksProxyUriEndpoint' };
    }
  }
  const privateDnsName = plan.endpointService?.privateDnsName?.trim();
  if (plan.keyStore?.XksProxyConnectivity === 'VPC_ENDPOINT_SERVICE' && privateDnsName) {
    return {
      host: normaliseDnsName(privateDnsName),
      field: "the endpoint service's private DNS name",
    };
  }
  return undefined;
}

/**
 * Whether a certificate name covers a host: the same name, or a wildcard `*.xks.example.com` that
 * stands for exactly one leftmost label (`myproxy.xks.example.com`, not `a.b.xks.example.com` nor
 * `xks.example.com`), as AWS documents for XKS certificates.
 */
export function certificateNameCovers(certificateName: string, host: string): boolean {
  const name = normaliseDnsName(certificateName);
  const target = normaliseDnsName(host);
  if (!name.startsWith('*.')) return name === target;
  const parentDomain = name.slice(1);
  if (!target.endsWith(parentDomain)) return false;
  const leftmostLabel = target.slice(0, -parentDomain.length);
  return leftmostLabel !== '' && !leftmostLabel.includes('.');
}

/** The first SAN DNS name that covers the host, if any. */
export function coveringAlternativeName(plan: Plan, host: string): string | undefined {
  return plan.tls?.certificate?.subjectAlternativeNames?.find((name) =>
    certificateNameCovers(name, host),
  );
}

/**
 * A plan date or date-time as an instant. A bare date (YYYY-MM-DD) is read generously, so that no
 * finding rests on the time of day the plan left out: a start (of validity) as the start of that
 * UTC day, an end (of validity, or a go-live day) as its last millisecond.
 */
export function parseInstant(text: string | undefined, edge: 'start' | 'end'): Date | undefined {
  if (text === undefined) return undefined;
  const isBareDate = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const time = Date.parse(isBareDate && edge === 'end' ? `${text}T23:59:59.999Z` : text);
  return Number.isNaN(time) ? undefined : new Date(time);
}

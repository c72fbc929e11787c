/** Readings of the plan's TLS server certificate that the tls-certificate-* rules share. */
import { checkKmsString, kmsStringShapes } from '../../aws/kms-api-formats';
import type { Plan } from '../../plan/plan-schema';
import type { AnalysedCertificate, ChainAnalysis } from '../../tls/chain-types';
import { ordinal } from '../../tls/chain-wording';
import { hostOfEndpoint, isIpv4Literal, normaliseDnsName } from './plan-readings';

export type CertificateField = keyof NonNullable<NonNullable<Plan['tls']>['certificate']>;

/** Where a certificate field lives in the plan, for a finding's path. */
export function certificatePath(field: CertificateField): string[] {
  return ['tls', 'certificate', field];
}

/** Where findings about the pasted chain are shown. */
export const chainPath = ['tls', 'certificateChainPem'];

/** The analysed chain of the plan, when it holds a PEM and the analysis read certificates. */
export function analysedChain(
  plan: Plan,
  chain: ChainAnalysis | undefined,
): ChainAnalysis | undefined {
  return plan.tls?.certificateChainPem !== undefined && chain !== undefined ? chain : undefined;
}

/**
 * What the rules know of the server certificate: the first certificate of the pasted chain when
 * there is one that could be read (what the server presents), otherwise the fields the user typed.
 */
export interface ServerCertificate {
  readonly subjectCommonName?: string;
  readonly subjectAlternativeNames?: readonly string[];
  /** ISO instants, or the plan's dates. */
  readonly notBefore?: string;
  readonly notAfter?: string;
  readonly keyAlgorithm?: string;
  readonly keySize?: number;
  /** ECDSA curve, known only from a parsed certificate. */
  readonly curve?: string;
  /** The parsed certificate, when the facts come from the chain. */
  readonly leaf?: AnalysedCertificate;
  /** The path of a finding about a field: the PEM field for a parsed certificate. */
  path(field: CertificateField): string[];
}

/** An ISO instant without milliseconds, as messages show it. */
const shownInstant = (iso: string) => iso.replace('.000Z', 'Z');

/**
 * Eight rules read the server certificate in one check: it is read once per plan and chain
 * analysis (plans are never changed in place; see oncePerPlan, which keeps the last one too).
 */
let lastRead:
  | {
      readonly plan: Plan;
      readonly chain: ChainAnalysis | undefined;
      readonly certificate: ServerCertificate;
    }
  | undefined;

export function serverCertificate(plan: Plan, chain: ChainAnalysis | undefined): ServerCertificate {
  if (lastRead?.plan !== plan || lastRead.chain !== chain) {
    lastRead = { plan, chain, certificate: readServerCertificate(plan, chain) };
  }
  return lastRead.certificate;
}

function readServerCertificate(plan: Plan, chain: ChainAnalysis | undefined): ServerCertificate {
  const leaf = analysedChain(plan, chain)?.certificates[0];
  if (leaf === undefined) return { ...plan.tls?.certificate, path: certificatePath };
  const { algorithm, bits, curve } = leaf.publicKey;
  return {
    ...(leaf.subjectCommonName !== undefined && { subjectCommonName: leaf.subjectCommonName }),
    subjectAlternativeNames: leaf.dnsNames,
    notBefore: shownInstant(leaf.notBefore),
    notAfter: shownInstant(leaf.notAfter),
    keyAlgorithm: algorithm,
    ...(bits !== undefined && { keySize: bits }),
    ...(curve !== undefined && { curve }),
    leaf,
    path: () => chainPath,
  };
}

/**
 * Where the plan must state the given fields of the server certificate for a rule to judge them:
 * none when a pasted chain gives them, else the typed fields the plan leaves out.
 */
export function certificateFieldsNotStated(
  certificate: ServerCertificate,
  fields: readonly Extract<CertificateField, keyof ServerCertificate>[],
): string[][] {
  if (certificate.leaf) return [];
  return fields.filter((field) => certificate[field] === undefined).map(certificatePath);
}

/** A CA certificate the server sends after its own, as messages name it. */
export interface IntermediateCertificate {
  /** `2nd`, `3rd` …: its place in the pasted chain. */
  readonly position: string;
  readonly name: string;
  readonly notBefore: string;
  readonly notAfter: string;
}

/**
 * The certificates of the pasted chain after the first, without self-signed roots: KMS validates
 * each intermediate in the handshake, whereas a root's validity is that of the trusted list
 * (judged by tls-certificate-root-ca-expiry) and a pasted root is not used.
 */
export function intermediateCertificates(
  plan: Plan,
  chain: ChainAnalysis | undefined,
): IntermediateCertificate[] {
  const certificates = analysedChain(plan, chain)?.certificates ?? [];
  return certificates
    .slice(1)
    .filter((certificate) => !certificate.selfIssued)
    .map((certificate) => ({
      position: ordinal(certificate.position),
      name: certificate.subjectCommonName ?? certificate.subject,
      notBefore: shownInstant(certificate.notBefore),
      notAfter: shownInstant(certificate.notAfter),
    }));
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
  readonly field: 'XksProxyUriEndpoint' | "the endpoint service's private DNS name";
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
 * Where to state the host KMS connects to when the plan gives neither a well-formed endpoint nor
 * (VPC) the private DNS name: empty when the host is known or the endpoint is stated but
 * malformed (an error of the endpoint format rule).
 */
export function kmsHostNotStated(plan: Plan): string[][] {
  if (kmsHost(plan) !== undefined || plan.keyStore?.XksProxyUriEndpoint !== undefined) return [];
  return plan.keyStore?.XksProxyConnectivity === 'VPC_ENDPOINT_SERVICE'
    ? [['endpointService', 'privateDnsName']]
    : [['keyStore', 'XksProxyUriEndpoint']];
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
export function coveringAlternativeName(
  certificate: ServerCertificate,
  host: string,
): string | undefined {
  return certificate.subjectAlternativeNames?.find((name) => certificateNameCovers(name, host));
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

/**
 * Checking with the pasted certificate chain: the chain is analysed first (asynchronously, as
 * WebCrypto verifies signatures), then the synchronous rules judge the plan with that analysis.
 * Everything that checks a plan a user wrote (wizard, CLI, report) goes through here.
 */
import { tlsSchema, type Plan } from '../plan/plan-schema';
import { withObservations } from '../probe/observations';
import type { ChainAnalysis } from '../tls/chain-types';
import {
  checkDocument,
  checkPlan,
  type CheckOptions,
  type CheckOutcome,
  type DocumentCheck,
} from './check-document';

type OptionsWithoutChain = Omit<CheckOptions, 'certificateChain'>;

/**
 * The analysis of a chain, or undefined when there is no chain to analyse. The analyser (with its
 * ASN.1 libraries, a fifth of the CLI) is loaded only for a plan that holds a chain.
 */
export async function analyseChainOf(pem: string | undefined): Promise<ChainAnalysis | undefined> {
  if (pem === undefined) return undefined;
  const { analyseCertificateChain } = await import('../tls/analyse-certificate-chain');
  return analyseCertificateChain(pem);
}

/** Judges a well-formed plan (the wizard's form state) with its certificate chain analysed. */
export async function checkPlanWithCertificates(
  plan: Plan,
  options: OptionsWithoutChain = {},
): Promise<DocumentCheck> {
  const certificateChain = await analyseChainOf(withObservations(plan).tls?.certificateChainPem);
  return checkPlan(plan, { ...options, certificateChain });
}

/**
 * The chain PEM of a raw plan document, when it is one the plan schema accepts: the chain a probe
 * saw served, else the pasted one.
 */
function certificateChainPemOf(value: unknown): string | undefined {
  const document = value as {
    tls?: { certificateChainPem?: unknown };
    observed?: { tls?: { chainPem?: unknown } };
  } | null;
  const served = tlsSchema.shape.certificateChainPem.safeParse(document?.observed?.tls?.chainPem);
  if (served.success && served.data !== undefined) return served.data;
  const parsed = tlsSchema.shape.certificateChainPem.safeParse(document?.tls?.certificateChainPem);
  return parsed.success ? parsed.data : undefined;
}

/** checkDocument, with the document's certificate chain analysed first. Never throws. */
export async function checkDocumentWithCertificates(
  value: unknown,
  options: OptionsWithoutChain = {},
): Promise<CheckOutcome> {
  const isPlan = value !== null && typeof value === 'object' && 'version' in value;
  const certificateChain = isPlan ? await analyseChainOf(certificateChainPemOf(value)) : undefined;
  return checkDocument(value, { ...options, certificateChain });
}

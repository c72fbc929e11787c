/**
 * Checking with the pasted certificate chain: the chain is analysed first (asynchronously, as
 * WebCrypto verifies signatures), then the synchronous rules judge the plan with that analysis.
 * Everything that checks a plan a user wrote (wizard, CLI, report) goes through here.
 */
import { compileSchema, refused } from '../plan/compiled-schema';
import type { Plan } from '../plan/plan-schema';
import { memberOf } from '../plan/schema-description';
import { planDescription } from '../plan/well-formed-plan';
import { withObservations } from '../probe/plan-observations';
import type { ChainAnalysis } from '../tls/chain-types';
import {
  checkDocument,
  checkPlan,
  needsPlanParser,
  type CheckOptions,
  type CheckOutcome,
  type DocumentCheck,
  type PlanParser,
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

/**
 * Judges a well-formed plan (the wizard's form state) with its certificate chain analysed; the
 * analysis comes with the check, for what else reads the certificate (the report's checklist).
 */
export async function checkPlanWithCertificates(
  plan: Plan,
  options: OptionsWithoutChain = {},
): Promise<DocumentCheck & { readonly certificateChain: ChainAnalysis | undefined }> {
  const certificateChain = await analyseChainOf(withObservations(plan).tls?.certificateChainPem);
  return { ...checkPlan(plan, { ...options, certificateChain }), certificateChain };
}

const parseChainPem = compileSchema(memberOf(planDescription, ['tls', 'certificateChainPem']));

/** A chain PEM the plan schema accepts, else undefined. */
function chainPemOrUndefined(value: unknown): string | undefined {
  const pem = parseChainPem(value);
  return pem === refused ? undefined : (pem as string | undefined);
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
  return (
    chainPemOrUndefined(document?.observed?.tls?.chainPem) ??
    chainPemOrUndefined(document?.tls?.certificateChainPem)
  );
}

const parserNotNeeded: PlanParser = () => {
  throw new Error('checkDocument asked for the plan parser that needsPlanParser said it would not');
};

/**
 * The plan parser checking `value` needs: zod and the plan schema (parse-plan.ts), loaded only
 * for a document that is not a current, well-formed plan.
 */
async function planParserFor(value: unknown, options: CheckOptions): Promise<PlanParser> {
  if (!needsPlanParser(value, options)) return parserNotNeeded;
  return (await import('../plan/parse-plan')).parsePlan;
}

/**
 * checkDocument, with the document's certificate chain analysed first; the analysis comes with
 * the outcome, for what else reads the certificate (the report's checklist). Never throws.
 */
export async function checkDocumentWithCertificates(
  value: unknown,
  options: OptionsWithoutChain = {},
): Promise<CheckOutcome & { readonly certificateChain?: ChainAnalysis }> {
  const isPlan = value !== null && typeof value === 'object' && 'version' in value;
  const [certificateChain, parsePlan] = await Promise.all([
    isPlan ? analyseChainOf(certificateChainPemOf(value)) : undefined,
    planParserFor(value, options),
  ]);
  return { ...checkDocument(parsePlan, value, { ...options, certificateChain }), certificateChain };
}

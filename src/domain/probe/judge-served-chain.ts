/**
 * The certificate chain a proxy served, judged by the same rules as a pasted chain: the plan is
 * checked as if the served chain had been pasted on its TLS step, and the certificate and chain
 * rules' findings are split into "the chain itself" and "whether KMS trusts its root".
 */
import { checkPlanWithCertificates } from '../check/check-with-certificates';
import type { Finding } from '../engine/types';
import type { Plan } from '../plan/plan-schema';

/** Rules that judge whether the chain ends at a root CA on AWS's list (published and pending). */
export const chainTrustRuleIds = [
  'tls-certificate-root-ca-trusted',
  'tls-certificate-root-ca-expiry',
] as const;

/** Rules that judge the chain itself: names, validity, order, signatures, key. */
export const servedChainRuleIds = [
  'tls-chain-unparseable',
  'tls-chain-order',
  'tls-chain-signatures',
  'tls-certificate-full-chain',
  'tls-certificate-name-matches-host',
  'tls-certificate-name-only-in-san',
  'tls-certificate-valid-now',
  'tls-certificate-key-type',
  'tls-certificate-expires-soon',
] as const;

export interface ServedChainJudgement {
  readonly chain: readonly Finding[];
  readonly trust: readonly Finding[];
}

export async function judgeServedChain(
  plan: Plan,
  chainPem: string,
  now: Date,
): Promise<ServedChainJudgement> {
  // The pasted certificate fields are left out: the served chain is what the rules judge.
  const tls = { ...plan.tls, certificate: undefined, certificateChainPem: chainPem };
  const { findings } = await checkPlanWithCertificates({ ...plan, tls }, { now });
  const ruleIn = (ids: readonly string[]) => (finding: Finding) => ids.includes(finding.ruleId);
  return {
    chain: findings.filter(ruleIn(servedChainRuleIds)),
    trust: findings.filter(ruleIn(chainTrustRuleIds)),
  };
}

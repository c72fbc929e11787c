import type { Plan } from '../../src/domain/plan/plan-schema';
import { withPlan } from '../../src/domain/plan/with-plan';
import { analyseCertificateChain } from '../../src/domain/tls/analyse-certificate-chain';

/** A rule test case's plan with a pasted chain, and the analysis checkPlanWithCertificates makes. */
export async function withChain(base: Plan, pem: string) {
  return {
    document: withPlan(base, { tls: { certificateChainPem: pem } }),
    certificateChain: await analyseCertificateChain(pem),
  };
}

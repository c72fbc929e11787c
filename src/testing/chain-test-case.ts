import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../domain/plan/plan-schema';
import { withPlan } from '../domain/plan/with-plan';
import { analyseCertificateChain } from '../domain/tls/analyse-certificate-chain';

/** A rule test case's plan with a pasted chain, and the analysis checkPlanWithCertificates makes. */
export async function withChain(base: Plan, pem: string) {
  return {
    document: withPlan(base, { tls: { certificateChainPem: pem } }),
    certificateChain: await analyseCertificateChain(pem),
  };
}

/** A real public root as Debian's ca-certificates ships it (PEM), e.g. `ISRG_Root_X2.crt`. */
export function debianRoot(file: string): string {
  return readFileSync(join('/usr/share/ca-certificates/mozilla', file), 'utf8');
}

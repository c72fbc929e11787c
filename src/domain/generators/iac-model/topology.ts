/**
 * Format-neutral facts every infrastructure-as-code export derives from a plan the same way: the
 * connectivity, whether the VPC endpoint service is in another account, and the principals the
 * endpoint service allows besides KMS.
 */
import type { Plan } from '../../plan/plan-schema';

export type IacConnectivity = 'PUBLIC_ENDPOINT' | 'VPC_ENDPOINT_SERVICE';

/** The connectivity a plan asks for; a plan that leaves it unstated but describes a VPC gets one. */
export function connectivityOf(plan: Plan): IacConnectivity {
  const stated = plan.keyStore?.XksProxyConnectivity;
  if (stated !== undefined) return stated;
  return plan.loadBalancer || plan.endpointService || plan.vpc
    ? 'VPC_ENDPOINT_SERVICE'
    : 'PUBLIC_ENDPOINT';
}

/** The account that owns the VPC endpoint service, when it is not the key store's account. */
export function endpointServiceOwnerOf(plan: Plan): string | undefined {
  const owner = plan.keyStore?.XksProxyVpcEndpointServiceOwner;
  return connectivityOf(plan) === 'VPC_ENDPOINT_SERVICE' &&
    owner !== undefined &&
    owner !== plan.accountId
    ? owner
    : undefined;
}

/** The KMS service principal `cks.kms.<region>.amazonaws.com` (any Region). */
export const kmsPrincipalPattern = /^cks\.kms\.[a-z0-9-]+\.amazonaws\.com$/;

/** The plan's allowed principals other than a KMS service principal, without repeats. */
export function plannedNonKmsPrincipals(plan: Plan): string[] {
  return [
    ...new Set(
      (plan.endpointService?.allowedPrincipals ?? []).filter(
        (principal) => !kmsPrincipalPattern.test(principal),
      ),
    ),
  ];
}

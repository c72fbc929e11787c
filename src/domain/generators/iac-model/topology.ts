/**
 * Format-neutral facts every infrastructure-as-code export derives from a plan the same way: the
 * connectivity, whether the VPC endpoint service is in another account, the principals the endpoint
 * service allows besides KMS, and the endpoint service the plan names as existing.
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

/** A VPC endpoint service the plan says exists: the exports reference it and build no network. */
export interface ExistingEndpointService {
  /** XksProxyVpcEndpointServiceName, e.g. com.amazonaws.vpce.eu-west-1.vpce-svc-0123456789abcdef0. */
  readonly serviceName: string;
  /** The service ID the name ends with (vpce-svc-...). */
  readonly serviceId: string;
}

const serviceIdPattern = /\.(vpce-svc-[0-9a-f]+)$/;

/**
 * The endpoint service the plan names (`keyStore.XksProxyVpcEndpointServiceName`): AWS gives a
 * service its name when it is created, so a plan that states one describes a service that exists,
 * with the load balancer, target group and listener behind it. A name that holds no service ID is
 * not one AWS gave (the rules report it); the exports then build the service as if none were named.
 */
export function existingEndpointServiceOf(plan: Plan): ExistingEndpointService | undefined {
  const serviceName = plan.keyStore?.XksProxyVpcEndpointServiceName;
  if (connectivityOf(plan) !== 'VPC_ENDPOINT_SERVICE' || serviceName === undefined)
    return undefined;
  const serviceId = serviceIdPattern.exec(serviceName)?.[1];
  return serviceId === undefined ? undefined : { serviceName, serviceId };
}

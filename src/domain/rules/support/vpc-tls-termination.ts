/**
 * Which listener and target-group protocols fit where TLS from KMS terminates. The KMS guide asked
 * for TLS on both at launch (TLS ends at the load balancer and is re-encrypted to the proxy) and
 * asks for TCP pass-through today; both work, so the plan's `tls.terminatesAt` decides, and either
 * is accepted while it is not stated.
 */
import type { Plan } from '../../plan/plan-schema';

type Protocol = 'TCP' | 'TLS' | 'UDP' | 'TCP_UDP';
type TlsTermination = NonNullable<Plan['tls']>['terminatesAt'];

/**
 * Where TLS from KMS ends: on the proxy for a public endpoint; as the plan states for VPC
 * connectivity (the load balancer or the proxy). Undefined while the plan does not say, and while
 * connectivity is not chosen: `tls.terminatesAt` means something only behind a load balancer.
 */
export function tlsTerminatesAt(plan: Plan): TlsTermination {
  switch (plan.keyStore?.XksProxyConnectivity) {
    case 'PUBLIC_ENDPOINT':
      return 'proxy';
    case 'VPC_ENDPOINT_SERVICE':
      return plan.tls?.terminatesAt;
    default:
      return undefined;
  }
}

/** TLS ending at the proxy needs a TCP listener; ending at the load balancer needs a TLS one. */
export function listenerProtocolsFor(terminatesAt: TlsTermination): readonly Protocol[] {
  if (terminatesAt === 'proxy') return ['TCP'];
  if (terminatesAt === 'load-balancer') return ['TLS'];
  return ['TCP', 'TLS'];
}

/** Behind a TLS listener the load balancer may re-encrypt (TLS) or not (TCP) to the proxy. */
export function targetGroupProtocolsFor(terminatesAt: TlsTermination): readonly Protocol[] {
  return terminatesAt === 'proxy' ? ['TCP'] : ['TCP', 'TLS'];
}

/** Words for a finding: which protocols fit, and why. */
export function describeProtocolChoice(
  protocols: readonly Protocol[],
  terminatesAt: TlsTermination,
): string {
  const names = protocols.join(' or ');
  if (terminatesAt === 'proxy') return `${names}, because TLS from KMS terminates on the proxy`;
  if (terminatesAt === 'load-balancer')
    return `${names}, because TLS from KMS terminates on the load balancer`;
  return names;
}

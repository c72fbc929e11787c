import { useWatch } from 'react-hook-form';
import type { Plan } from '@/domain/plan/plan-schema';
import { EndpointServiceSection } from './network-endpoint-service';
import { StepLink } from '../components/step-link';
import { LoadBalancerSection } from './network-load-balancer';
import { PublicEndpointSection } from './network-public';
import { VpcSection } from './network-vpc';
import './network-step.css';

/**
 * The network between KMS and the proxy: only the part that the chosen connectivity needs. Values
 * of the other connectivity stay in the plan (hidden fields keep their values), so switching back
 * loses nothing.
 */
export function NetworkStep() {
  const connectivity = useWatch<Plan, 'keyStore.XksProxyConnectivity'>({
    name: 'keyStore.XksProxyConnectivity',
  });
  if (connectivity === 'PUBLIC_ENDPOINT') {
    return (
      <div className="network-step">
        <p className="network-mode">
          Connectivity: <strong>public endpoint</strong>.{' '}
          <StepLink step="connectivity">Change the connectivity</StepLink>
        </p>
        <PublicEndpointSection />
      </div>
    );
  }
  if (connectivity === 'VPC_ENDPOINT_SERVICE') {
    return (
      <div className="network-step">
        <p className="network-mode">
          Connectivity: <strong>VPC endpoint service</strong>. KMS reaches the proxy through an
          endpoint service in your VPC, a network load balancer, and the proxy’s IP addresses.{' '}
          <StepLink step="connectivity">Change the connectivity</StepLink>
        </p>
        <VpcSection />
        <LoadBalancerSection />
        <EndpointServiceSection />
      </div>
    );
  }
  return (
    <div className="network-step">
      <p className="network-mode">
        What this step asks depends on how KMS reaches the proxy, which the plan does not say yet.{' '}
        <StepLink step="connectivity">Choose the connectivity first</StepLink>.
      </p>
    </div>
  );
}

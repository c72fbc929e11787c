import { useWatch } from 'react-hook-form';
import { FieldGroup } from '@/components/ui/form/field-group';
import { SelectField, TextField } from '@/components/ui/form/fields';
import type { Plan } from '@/domain/plan/plan-schema';
import { Derived } from '../components/derived';

const verificationStateOptions = [
  { value: 'verified', label: 'Verified' },
  { value: 'pendingVerification', label: 'Pending verification' },
  { value: 'failed', label: 'Failed' },
] as const;

/** The VPC endpoint service KMS connects to, and its private DNS name. */
export function EndpointServiceSection() {
  const region = useWatch<Plan, 'region'>({ name: 'region' });
  const serviceNameExample = `com.amazonaws.vpce.${region || 'eu-central-1'}.vpce-svc-0a1b2c3d4e5f60718`;
  return (
    <section className="network-section" aria-labelledby="network-endpoint-service-heading">
      <h3 id="network-endpoint-service-heading">VPC endpoint service</h3>
      <p className="network-intro">
        AWS requires an endpoint service for interface endpoints on that load balancer, in the key
        store’s Region, that needs no manual acceptance, allows the KMS service principal, supports
        IPv4 only, and has a verified private DNS name under a public domain you own.
      </p>
      <FieldGroup name="endpointService" legend="Endpoint service settings">
        <TextField
          name="keyStore.XksProxyVpcEndpointServiceName"
          hint={`e.g. ${serviceNameExample}`}
        />
        <TextField
          name="keyStore.XksProxyVpcEndpointServiceOwner"
          hint="Only when the service is in another AWS account: its 12-digit account ID. Leave empty for the key store account."
          inputMode="numeric"
        />
        <Derived name="endpointService.serviceType" label="Service type" />
        <Derived name="endpointService.acceptanceRequired" label="Acceptance required" />
        <Derived name="endpointService.allowedPrincipals" label="Allowed principals" />
        <TextField
          name="endpointService.privateDnsName"
          hint="e.g. myproxy-private.xks.example.com; the proxy URI endpoint is https:// and this name."
        />
        <TextField
          name="endpointService.verificationDomain"
          hint="The public domain whose TXT record proves you own the name, e.g. example.com."
        />
        <SelectField
          name="endpointService.domainVerificationState"
          hint="Must be Verified before the key store is created."
          options={verificationStateOptions}
        />
        <Derived
          name="endpointService.supportedIpAddressTypes"
          label="Supported IP address types"
        />
      </FieldGroup>
    </section>
  );
}

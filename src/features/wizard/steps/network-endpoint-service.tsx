import { useWatch } from 'react-hook-form';
import { FieldGroup } from '@/components/ui/form/field-group';
import { LinesField, SelectField, TextField, YesNoField } from '@/components/ui/form/fields';
import type { Plan } from '@/domain/plan/plan-schema';
import { CheckboxGroupField } from '@/components/ui/form/fields';

const serviceTypeOptions = [
  { value: 'Interface', label: 'Interface endpoints' },
  { value: 'GatewayLoadBalancer', label: 'Gateway Load Balancer endpoints' },
] as const;

const verificationStateOptions = [
  { value: 'verified', label: 'Verified' },
  { value: 'pendingVerification', label: 'Pending verification' },
  { value: 'failed', label: 'Failed' },
] as const;

const ipTypeOptions = [
  { value: 'ipv4', label: 'IPv4' },
  { value: 'ipv6', label: 'IPv6' },
] as const;

/** The VPC endpoint service KMS connects to, and its private DNS name. */
export function EndpointServiceSection() {
  const region = useWatch<Plan, 'region'>({ name: 'region' });
  const owner = useWatch<Plan, 'keyStore.XksProxyVpcEndpointServiceOwner'>({
    name: 'keyStore.XksProxyVpcEndpointServiceOwner',
  });
  const accountId = useWatch<Plan, 'accountId'>({ name: 'accountId' });
  const kmsPrincipal = region
    ? `cks.kms.${region}.amazonaws.com`
    : 'cks.kms.<region>.amazonaws.com';
  const crossAccount = Boolean(owner) && owner !== accountId;
  const principalsHint = (
    <>
      One per line. Must include <code>{kmsPrincipal}</code>, the principal KMS connects as
      {region ? '' : ' (the Region is chosen on Key store basics)'}
      {crossAccount && (
        <>
          , and, because the service is in another account, the key store account, e.g.{' '}
          <code>arn:aws:iam::{accountId || '<account-id>'}:root</code>
        </>
      )}
      .
    </>
  );
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
          label="Endpoint service name"
          hint={`e.g. ${serviceNameExample}`}
        />
        <TextField
          name="keyStore.XksProxyVpcEndpointServiceOwner"
          label="Endpoint service owner account"
          hint="Only when the service is in another AWS account: its 12-digit account ID. Leave empty for the key store account."
          inputMode="numeric"
        />
        <SelectField
          name="endpointService.serviceType"
          label="Service type"
          hint="Must be Interface endpoints."
          options={serviceTypeOptions}
        />
        <YesNoField
          name="endpointService.acceptanceRequired"
          label="Acceptance required"
          hint="Must be No: KMS cannot wait for connection requests to be accepted by hand."
        />
        <LinesField
          name="endpointService.allowedPrincipals"
          label="Allowed principals"
          hint={principalsHint}
        />
        <TextField
          name="endpointService.privateDnsName"
          label="Private DNS name"
          hint="e.g. myproxy-private.xks.example.com; the proxy URI endpoint is https:// and this name."
        />
        <TextField
          name="endpointService.verificationDomain"
          label="Verification domain"
          hint="The public domain whose TXT record proves you own the name, e.g. example.com."
        />
        <SelectField
          name="endpointService.domainVerificationState"
          label="Domain verification state"
          hint="Must be Verified before the key store is created."
          options={verificationStateOptions}
        />
        <CheckboxGroupField
          name="endpointService.supportedIpAddressTypes"
          label="Supported IP address types"
          hint="KMS reaches the service over IPv4 only: tick IPv4 alone."
          options={ipTypeOptions}
        />
      </FieldGroup>
    </section>
  );
}

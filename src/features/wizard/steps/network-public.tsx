import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { FieldGroup } from '@/components/ui/form/field-group';
import { LinesField, TextField, YesNoField } from '@/components/ui/form/fields';
import type { Plan } from '@/domain/plan/plan-schema';

/** The facts about a public endpoint: its addresses and the firewalls on the way. */
export function PublicEndpointSection() {
  return (
    <section className="network-section" aria-labelledby="network-public-heading">
      <h3 id="network-public-heading">Public endpoint</h3>
      <p className="network-intro">
        KMS connects to the proxy from the internet, over IPv4, to TCP port 443 of the proxy URI
        endpoint’s host name.
      </p>
      <FieldGroup name="publicEndpoint" legend="Public endpoint settings">
        <LinesField
          name="publicEndpoint.ipv4Addresses"
          hint="The addresses the endpoint’s host name resolves to, one per line, e.g. 203.0.113.10."
        />
        <YesNoField
          name="publicEndpoint.firewallAllowsTcp443"
          hint="Every firewall, security group and network ACL between the internet and the proxy lets IPv4 TCP 443 in and out."
        />
      </FieldGroup>
      <VpcLeftovers />
    </section>
  );
}

/**
 * A public endpoint key store names no VPC endpoint service. Values kept from VPC connectivity are
 * shown here so they can be cleared; once shown, the fields stay while the user edits them.
 */
function VpcLeftovers() {
  const [name, owner] = useWatch<
    Plan,
    ['keyStore.XksProxyVpcEndpointServiceName', 'keyStore.XksProxyVpcEndpointServiceOwner']
  >({
    name: ['keyStore.XksProxyVpcEndpointServiceName', 'keyStore.XksProxyVpcEndpointServiceOwner'],
  });
  const [shown, setShown] = useState(false);
  if (!shown && (name || owner)) setShown(true);
  if (!shown && !name && !owner) return null;
  return (
    <div className="network-leftovers" role="group" aria-labelledby="network-leftovers-heading">
      <h4 id="network-leftovers-heading">VPC endpoint service (not used by a public endpoint)</h4>
      <p className="field-hint">
        These values are kept from VPC endpoint service connectivity. A public endpoint key store
        names no endpoint service: empty them before you create the store, or switch back on the
        Connectivity step.
      </p>
      <TextField name="keyStore.XksProxyVpcEndpointServiceName" />
      <TextField name="keyStore.XksProxyVpcEndpointServiceOwner" />
    </div>
  );
}

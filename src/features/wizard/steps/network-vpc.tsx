import { useWatch } from 'react-hook-form';
import { FieldGroup } from '@/components/ui/form/field-group';
import { LinesField, SelectField, TextField, YesNoField } from '@/components/ui/form/fields';
import type { Plan } from '@/domain/plan/plan-schema';
import { ListField } from '@/components/ui/form/list-field';

const connectionOptions = [
  { value: 'same-vpc', label: 'The proxy runs in this VPC' },
  { value: 'direct-connect', label: 'AWS Direct Connect' },
  { value: 'site-to-site-vpn', label: 'AWS Site-to-Site VPN' },
  { value: 'transit-gateway', label: 'Transit gateway' },
  { value: 'vpc-peering', label: 'VPC peering' },
  { value: 'none', label: 'No connection yet' },
] as const;

const proxyLocationWords: Record<string, string> = {
  'other-aws-network': 'in another AWS network',
  'on-premises': 'on premises',
  'other-cloud': 'in another cloud',
};

/** The VPC that hosts the load balancer, and its subnets. */
export function VpcSection() {
  const proxyLocation = useWatch<Plan, 'proxy.location'>({ name: 'proxy.location' });
  const outside = proxyLocation ? proxyLocationWords[proxyLocation] : undefined;
  const connectionHint =
    proxyLocation === 'this-vpc'
      ? 'The proxy runs in this VPC (as the Connectivity step says): choose “The proxy runs in this VPC”.'
      : `Needed when the proxy is not in this VPC${outside ? ` (it runs ${outside})` : ''}: the load balancer reaches it over this link.`;
  return (
    <section className="network-section" aria-labelledby="network-vpc-heading">
      <h3 id="network-vpc-heading">VPC</h3>
      <p className="network-intro">
        AWS requires a VPC in the key store’s Region with private subnets in at least two
        Availability Zones and an address range that does not overlap the key manager’s network.
      </p>
      <FieldGroup name="vpc" legend="VPC settings">
        <TextField name="vpc.vpcId" hint="e.g. vpc-0abc12de34f567890" />
        <LinesField
          name="vpc.cidrBlocks"
          label="IPv4 CIDR blocks"
          hint="The VPC’s address ranges, one per line, e.g. 10.20.0.0/16."
        />
        <YesNoField
          name="vpc.enableDnsHostnames"
          hint="VPC attribute “Enable DNS hostnames”; AWS asks for Yes."
        />
        <YesNoField
          name="vpc.enableDnsSupport"
          hint="VPC attribute “Enable DNS resolution”; AWS asks for Yes."
        />
        <SelectField
          name="vpc.connectionToProxy"
          hint={connectionHint}
          options={connectionOptions}
        />
      </FieldGroup>
      <SubnetList />
    </section>
  );
}

function SubnetList() {
  const region = useWatch<Plan, 'region'>({ name: 'region' });
  const zoneExample = `${region || 'eu-central-1'}a`;
  return (
    <ListField
      name="vpc.subnets"
      legend="Subnets"
      hint="At least two private subnets in two different Availability Zones."
      emptyText="No subnets listed yet."
      itemLegend={(index) => `Subnet ${index + 1}`}
      addLabel="Add a subnet"
      removeLabel={(index) => `Remove subnet ${index + 1}`}
    >
      {(subnet) => (
        <>
          <div className="network-item-grid">
            <TextField
              name={`${subnet}.subnetId`}
              label="Subnet ID"
              hint="e.g. subnet-0aa11bb22cc33dd44"
            />
            <TextField
              name={`${subnet}.availabilityZone`}
              label="Availability Zone"
              hint={`e.g. ${zoneExample}`}
            />
            <TextField
              name={`${subnet}.cidrBlock`}
              label="IPv4 CIDR block"
              hint="e.g. 10.20.1.0/24"
            />
          </div>
          <YesNoField
            name={`${subnet}.public`}
            label="Public subnet"
            hint="Yes if its route table leads to an internet gateway. KMS needs private subnets."
          />
        </>
      )}
    </ListField>
  );
}

import { useWatch } from 'react-hook-form';
import { FieldGroup } from '@/components/ui/form/field-group';
import { LinesField, NumberField, SelectField, TextField } from '@/components/ui/form/fields';
import type { Plan } from '@/domain/plan/plan-schema';
import { ListField } from '@/components/ui/form/list-field';

const typeOptions = [
  { value: 'network', label: 'Network' },
  { value: 'application', label: 'Application' },
  { value: 'gateway', label: 'Gateway' },
] as const;

const schemeOptions = [
  { value: 'internal', label: 'Internal' },
  { value: 'internet-facing', label: 'Internet-facing' },
] as const;

const loadBalancerIpOptions = [
  { value: 'ipv4', label: 'IPv4' },
  { value: 'dualstack', label: 'Dualstack (IPv4 and IPv6)' },
  { value: 'dualstack-without-public-ipv4', label: 'Dualstack without public IPv4' },
] as const;

const stateOptions = [
  { value: 'provisioning', label: 'Provisioning' },
  { value: 'active', label: 'Active' },
  { value: 'active_impaired', label: 'Active, impaired' },
  { value: 'failed', label: 'Failed' },
] as const;

const protocolOptions = [
  { value: 'TCP', label: 'TCP' },
  { value: 'TLS', label: 'TLS' },
  { value: 'UDP', label: 'UDP' },
  { value: 'TCP_UDP', label: 'TCP and UDP' },
] as const;

const targetTypeOptions = [
  { value: 'ip', label: 'IP addresses' },
  { value: 'instance', label: 'Instances' },
  { value: 'alb', label: 'Application Load Balancer' },
  { value: 'lambda', label: 'Lambda function' },
] as const;

const targetIpOptions = [
  { value: 'ipv4', label: 'IPv4' },
  { value: 'ipv6', label: 'IPv6' },
] as const;

const healthCheckProtocolOptions = [
  { value: 'TCP', label: 'TCP' },
  { value: 'HTTP', label: 'HTTP' },
  { value: 'HTTPS', label: 'HTTPS' },
] as const;

/** The network load balancer in front of the proxy: listener, target group and targets. */
export function LoadBalancerSection() {
  return (
    <section className="network-section" aria-labelledby="network-load-balancer-heading">
      <h3 id="network-load-balancer-heading">Network load balancer</h3>
      <p className="network-intro">
        AWS requires an internal IPv4 Network Load Balancer in subnets of at least two Availability
        Zones, listening on port 443 and forwarding to the proxy’s IP addresses on port 443.
      </p>
      <FieldGroup name="loadBalancer" legend="Load balancer settings">
        <div className="network-item-grid">
          <TextField name="loadBalancer.name" label="Name" hint="e.g. xks-proxy-nlb" />
          <SelectField
            name="loadBalancer.type"
            label="Type"
            hint="Must be Network."
            options={typeOptions}
          />
          <SelectField
            name="loadBalancer.scheme"
            label="Scheme"
            hint="Must be Internal; it cannot be changed later."
            options={schemeOptions}
          />
          <SelectField
            name="loadBalancer.ipAddressType"
            label="IP address type"
            hint="Must be IPv4."
            options={loadBalancerIpOptions}
          />
        </div>
        <LinesField
          name="loadBalancer.subnetIds"
          label="Subnets of the load balancer"
          hint="Subnet IDs, one per line, from the subnets above, in at least two Availability Zones."
        />
        <SelectField
          name="loadBalancer.state"
          label="State"
          hint="If it already exists: it must be Active before the endpoint service can use it."
          options={stateOptions}
        />
      </FieldGroup>
      <ListenerGroup />
      <TargetGroupSettings />
      <TargetList />
    </section>
  );
}

function ListenerGroup() {
  const protocol = useWatch<Plan, 'loadBalancer.listener.protocol'>({
    name: 'loadBalancer.listener.protocol',
  });
  return (
    <FieldGroup name="loadBalancer.listener" legend="Listener">
      <div className="network-item-grid">
        <SelectField
          name="loadBalancer.listener.protocol"
          label="Protocol"
          hint="TCP, or TLS when TLS ends at the load balancer."
          options={protocolOptions}
        />
        <NumberField name="loadBalancer.listener.port" label="Port" hint="KMS connects on 443." />
      </div>
      <TextField
        name="loadBalancer.listener.certificateArn"
        label="Certificate ARN"
        hint={
          protocol === 'TLS'
            ? 'The ACM certificate for the private DNS name, e.g. arn:aws:acm:…:certificate/…'
            : 'Only for a TLS listener.'
        }
      />
    </FieldGroup>
  );
}

function TargetGroupSettings() {
  return (
    <FieldGroup name="loadBalancer.targetGroup" legend="Target group">
      <div className="network-item-grid">
        <TextField
          name="loadBalancer.targetGroup.name"
          label="Name"
          hint="e.g. xks-proxy-targets"
        />
        <SelectField
          name="loadBalancer.targetGroup.targetType"
          label="Target type"
          hint="Must be IP addresses."
          options={targetTypeOptions}
        />
        <SelectField
          name="loadBalancer.targetGroup.protocol"
          label="Protocol"
          hint="TCP, or TLS when TLS ends at the load balancer."
          options={protocolOptions}
        />
        <NumberField name="loadBalancer.targetGroup.port" label="Port" hint="Must be 443." />
        <SelectField
          name="loadBalancer.targetGroup.ipAddressType"
          label="IP address type"
          hint="Must be IPv4."
          options={targetIpOptions}
        />
        <TextField
          name="loadBalancer.targetGroup.vpcId"
          label="VPC ID"
          hint="The VPC above, e.g. vpc-0abc12de34f567890"
        />
      </div>
      <FieldGroup
        name="loadBalancer.targetGroup.healthCheck"
        legend="Health check"
        hint="As the proxy vendor documents it (the AWS sample proxy answers HTTP GET /ping on port 80)."
      >
        <div className="network-item-grid">
          <SelectField
            name="loadBalancer.targetGroup.healthCheck.protocol"
            label="Health check protocol"
            options={healthCheckProtocolOptions}
          />
          <NumberField name="loadBalancer.targetGroup.healthCheck.port" label="Health check port" />
          <TextField
            name="loadBalancer.targetGroup.healthCheck.path"
            label="Health check path"
            hint="For HTTP or HTTPS, e.g. /ping"
          />
        </div>
      </FieldGroup>
    </FieldGroup>
  );
}

function TargetList() {
  const region = useWatch<Plan, 'region'>({ name: 'region' });
  const zoneExample = `${region || 'eu-central-1'}a`;
  return (
    <ListField
      name="loadBalancer.targetGroup.targets"
      legend="Targets"
      hint="The proxy’s private IPv4 addresses on port 443; AWS asks for at least two hosts."
      emptyText="No targets listed yet."
      itemLegend={(index) => `Target ${index + 1}`}
      addLabel="Add a target"
      removeLabel={(index) => `Remove target ${index + 1}`}
    >
      {(target) => (
        <div className="network-item-grid">
          <TextField name={`${target}.ipAddress`} label="IPv4 address" hint="e.g. 10.20.1.15" />
          <NumberField name={`${target}.port`} label="Port" hint="Must be 443." />
          <TextField
            name={`${target}.availabilityZone`}
            label="Availability Zone"
            hint={`e.g. ${zoneExample}, or “all” for an address outside the VPC`}
          />
        </div>
      )}
    </ListField>
  );
}

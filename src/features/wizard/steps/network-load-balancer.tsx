import { useWatch } from 'react-hook-form';
import { FieldGroup } from '@/components/ui/form/field-group';
import {
  CheckboxGroupField,
  NumberField,
  SelectField,
  TextField,
} from '@/components/ui/form/fields';
import type { Plan } from '@/domain/plan/plan-schema';
import { Derived } from '../components/derived';

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

const healthCheckProtocolOptions = [
  { value: 'TCP', label: 'TCP' },
  { value: 'HTTP', label: 'HTTP' },
  { value: 'HTTPS', label: 'HTTPS' },
] as const;

/** The network load balancer in front of the proxy: listener, target group and targets. */
export function LoadBalancerSection() {
  const state = useWatch<Plan, 'loadBalancer.state'>({ name: 'loadBalancer.state' });
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
          <Derived name="loadBalancer.type" label="Type" />
          <Derived name="loadBalancer.scheme" label="Scheme" />
          <Derived name="loadBalancer.ipAddressType" label="IP address type" />
        </div>
        <LoadBalancerSubnets />
        <details className="more-settings" open={state !== undefined}>
          <summary>If the load balancer already exists</summary>
          <SelectField
            name="loadBalancer.state"
            label="State"
            hint="It must be Active before the endpoint service can use it."
            options={stateOptions}
          />
        </details>
      </FieldGroup>
      <ListenerGroup />
      <TargetGroupSettings />
      <TargetList />
    </section>
  );
}

/**
 * The load balancer's subnets, picked from the VPC's subnets listed above: all private ones to
 * start with (derivations.ts), and kept as picked once one is unticked. A stated subnet the VPC
 * list lacks (an imported plan) stays listed, ticked, so it can be seen and unticked.
 */
function LoadBalancerSubnets() {
  const subnets = useWatch<Plan, 'vpc.subnets'>({ name: 'vpc.subnets' }) ?? [];
  const picked = useWatch<Plan, 'loadBalancer.subnetIds'>({ name: 'loadBalancer.subnetIds' }) ?? [];
  const listed = subnets.flatMap((subnet) =>
    subnet.subnetId === undefined
      ? []
      : [
          {
            value: subnet.subnetId,
            label: [
              subnet.subnetId,
              subnet.availabilityZone,
              subnet.public === true ? 'public' : undefined,
            ]
              .filter(Boolean)
              .join(' · '),
          },
        ],
  );
  const unique = listed.filter(
    (option, index) => listed.findIndex((other) => other.value === option.value) === index,
  );
  const elsewhere = picked
    .filter((id) => !unique.some((option) => option.value === id))
    .map((id) => ({ value: id, label: `${id} · not among the VPC’s subnets` }));
  return (
    <CheckboxGroupField
      name="loadBalancer.subnetIds"
      hint={
        listed.length === 0
          ? 'Picked from the VPC’s subnets: list them above first.'
          : 'Picked from the VPC’s subnets above; every private one to start with. One per Availability Zone, at least two zones.'
      }
      options={[...unique, ...elsewhere]}
    />
  );
}

function ListenerGroup() {
  const protocol = useWatch<Plan, 'loadBalancer.listener.protocol'>({
    name: 'loadBalancer.listener.protocol',
  });
  const certificateArn = useWatch<Plan, 'loadBalancer.listener.certificateArn'>({
    name: 'loadBalancer.listener.certificateArn',
  });
  return (
    <FieldGroup name="loadBalancer.listener" legend="Listener">
      <div className="network-item-grid">
        <Derived name="loadBalancer.listener.protocol" label="Protocol" />
        <Derived name="loadBalancer.listener.port" label="Port" />
      </div>
      {/* A certificate belongs only to a TLS listener; a stated one stays visible to be judged. */}
      {(protocol === 'TLS' || certificateArn !== undefined) && (
        <TextField
          name="loadBalancer.listener.certificateArn"
          label="Certificate ARN"
          hint="The ACM certificate for the private DNS name, e.g. arn:aws:acm:…:certificate/…"
        />
      )}
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
        <Derived name="loadBalancer.targetGroup.targetType" label="Target type" />
        <Derived
          name="loadBalancer.targetGroup.protocol"
          label="Protocol"
          otherwise={
            <SelectField
              name="loadBalancer.targetGroup.protocol"
              label="Protocol"
              hint="TLS to re-encrypt to the proxy, or TCP."
              options={protocolOptions}
            />
          }
        />
        <Derived name="loadBalancer.targetGroup.port" label="Port" />
        <Derived name="loadBalancer.targetGroup.ipAddressType" label="IP address type" />
        <Derived name="loadBalancer.targetGroup.vpcId" label="VPC ID" />
      </div>
      <FieldGroup
        name="loadBalancer.targetGroup.healthCheck"
        legend="Health check"
        hint="As the proxy vendor documents it (the AWS sample proxy answers HTTP GET /ping on port 80)."
      >
        <div className="network-item-grid">
          <SelectField
            name="loadBalancer.targetGroup.healthCheck.protocol"
            options={healthCheckProtocolOptions}
          />
          <NumberField name="loadBalancer.targetGroup.healthCheck.port" />
          <TextField
            name="loadBalancer.targetGroup.healthCheck.path"
            hint="For HTTP or HTTPS, e.g. /ping"
          />
        </div>
      </FieldGroup>
    </FieldGroup>
  );
}

/** The targets are the proxy instances' addresses, listed on "Key manager and proxy". */
function TargetList() {
  return <Derived name="loadBalancer.targetGroup.targets" label="Targets" />;
}

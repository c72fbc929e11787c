import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide } from './support/sources';
import { cidrContains, parseIpv4Cidr } from './support/vpc-ipv4-cidr';
import { describeProtocolChoice, targetGroupProtocolsFor } from './support/vpc-tls-termination';
import { isIpv4Literal } from './support/plan-readings';

const path = ['loadBalancer', 'targetGroup'];
const httpsPort = 443;

export default defineRule<
  Plan,
  'target-type' | 'protocol' | 'port' | 'other-vpc' | 'target-port' | 'outside-vpc-zone'
>({
  id: 'vpc-target-group-settings',
  target: 'plan',
  severity: 'error',
  title: 'The target group sends TCP 443 to the proxy IP addresses in the endpoint service VPC',
  description:
    'The KMS guide prescribes the target group of the proxy: target type IP addresses, protocol TCP (TLS when TLS terminates at the load balancer), port 443, in the VPC of the endpoint service, with the private IP addresses of the proxy on port 443 as targets; a proxy outside the VPC is registered as "Other private IP address" (Availability Zone "all").',
  messages: {
    'target-type': {
      message:
        '{{/loadBalancer/targetGroup/targetType}} is {{value}}; the proxy target group must use the target type ip (IP addresses).',
      fix: 'Create the target group with target type "IP addresses" and register the private IP addresses of the proxy.',
    },
    protocol: {
      message: '{{/loadBalancer/targetGroup/protocol}} is {{value}}; it must be {{allowed}}.',
      fix: 'Create the target group with the protocol {{allowed}} on port 443.',
    },
    port: {
      message:
        '{{/loadBalancer/targetGroup/port}} is {{value}}; the KMS guide requires port 443 for the proxy target group.',
      fix: 'Create the target group on port 443 and make the proxy listen on 443.',
    },
    'other-vpc': {
      message:
        '{{/loadBalancer/targetGroup/vpcId}} is {{value}}, but the endpoint service VPC is {{vpc}}; a load balancer can forward only to a target group of its own VPC.',
      fix: 'Create the target group in {{vpc}}.',
    },
    'target-port': {
      message:
        'Target {{target}} is registered on port {{value}}; the proxy targets must be registered on port 443.',
      fix: 'Register the target on port 443 and make the proxy listen there.',
    },
    'outside-vpc-zone': {
      message:
        'Target {{target}} is outside the VPC address range, but its Availability Zone is {{value}}; an IP target outside the VPC must be registered with the Availability Zone "all".',
      fix: 'Register the target as "Other private IP address" (Availability Zone all).',
    },
  },
  reads: [
    '/tls/terminatesAt',
    '/loadBalancer/targetGroup',
    '/vpc/vpcId',
    '/vpc/cidrBlocks',
    '/loadBalancer/targetGroup/targetType',
    '/loadBalancer/targetGroup/protocol',
    '/loadBalancer/targetGroup/port',
    '/loadBalancer/targetGroup/vpcId',
    '/loadBalancer/targetGroup/targets/*/ipAddress',
    '/loadBalancer/targetGroup/targets/*/port',
    '/loadBalancer/targetGroup/targets/*/availabilityZone',
  ],
  requires: ['/loadBalancer/targetGroup'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [guide('vpc-connectivity.html')],
  facts: ['VPC-TARGET-GROUP'],
  check(plan, { report, unknown }) {
    const targetGroup = plan.loadBalancer!.targetGroup!;
    const notStated = (value: unknown, place: readonly (string | number)[]) =>
      value === undefined ? [place] : [];
    unknown([
      ...notStated(targetGroup.targetType, [...path, 'targetType']),
      ...notStated(targetGroup.protocol, [...path, 'protocol']),
      ...notStated(targetGroup.port, [...path, 'port']),
      ...notStated(targetGroup.vpcId, [...path, 'vpcId']),
      ...notStated(plan.vpc?.vpcId, ['vpc', 'vpcId']),
    ]);
    if (targetGroup.targetType !== undefined && targetGroup.targetType !== 'ip') {
      report({
        messageId: 'target-type',
        path: [...path, 'targetType'],
        data: { value: targetGroup.targetType },
      });
    }
    const terminatesAt = plan.tls?.terminatesAt;
    const protocols = targetGroupProtocolsFor(terminatesAt);
    if (targetGroup.protocol !== undefined && !protocols.includes(targetGroup.protocol)) {
      report({
        messageId: 'protocol',
        path: [...path, 'protocol'],
        data: {
          value: targetGroup.protocol,
          allowed: describeProtocolChoice(protocols, terminatesAt),
        },
      });
    }
    if (targetGroup.port !== undefined && targetGroup.port !== httpsPort) {
      report({ messageId: 'port', path: [...path, 'port'], data: { value: targetGroup.port } });
    }
    const vpcId = plan.vpc?.vpcId;
    if (
      targetGroup.vpcId !== undefined &&
      vpcId !== undefined &&
      targetGroup.vpcId.trim() !== vpcId.trim()
    ) {
      report({
        messageId: 'other-vpc',
        path: [...path, 'vpcId'],
        relatedPaths: [['vpc', 'vpcId']],
        data: { value: targetGroup.vpcId, vpc: vpcId },
      });
    }
    const cidrBlocks = plan.vpc?.cidrBlocks;
    const vpcCidrs = (cidrBlocks ?? []).flatMap((text) => parseIpv4Cidr(text) ?? []);
    // A missing target list is asked for by vpc-target-group-two-targets, a target without an
    // address by vpc-no-empty-list-rows.
    targetGroup.targets?.forEach((target, index) => {
      const name = target.ipAddress ?? `#${index + 1}`;
      const targetPath = [...path, 'targets', index];
      if (target.port === undefined) unknown([[...targetPath, 'port']]);
      else if (target.port !== httpsPort) {
        report({
          messageId: 'target-port',
          path: [...targetPath, 'port'],
          data: { target: name, value: target.port },
        });
      }
      const address = target.ipAddress?.trim();
      if (address === undefined || !isIpv4Literal(address)) return;
      if (cidrBlocks === undefined) {
        unknown([['vpc', 'cidrBlocks']]);
        return;
      }
      const outsideVpc = !vpcCidrs.some((cidr) => cidrContains(cidr, address));
      const zone = target.availabilityZone;
      if (outsideVpc && zone === undefined) unknown([[...targetPath, 'availabilityZone']]);
      else if (outsideVpc && zone !== 'all') {
        report({
          messageId: 'outside-vpc-zone',
          path: [...targetPath, 'availabilityZone'],
          relatedPaths: [['vpc', 'cidrBlocks']],
          data: { target: name, value: zone! },
        });
      }
    });
  },
});

import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide } from './support/sources';
import { cidrContains, parseIpv4Cidr } from './support/vpc-ipv4-cidr';

/** The ranges an IP target of a load balancer may come from besides the VPC's own subnets. */
const allowedTargetRanges = ['10.0.0.0/8', '100.64.0.0/10', '172.16.0.0/12', '192.168.0.0/16'].map(
  (cidr) => parseIpv4Cidr(cidr)!,
);

const registerTargets =
  'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/target-group-register-targets.html';

export default defineRule<Plan, 'public-target'>({
  id: 'vpc-target-private-address',
  target: 'plan',
  severity: 'error',
  title: 'The load balancer targets are private addresses',
  description:
    'An IP target of a network load balancer must be an address of the target group’s VPC or of the ranges RFC 1918 (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) and RFC 6598 (100.64.0.0/10); Elastic Load Balancing refuses a publicly routable address. A proxy elsewhere is reached over Direct Connect, VPN or peering by its private address.',
  messages: {
    'public-target': {
      message:
        'Target {{target}} is {{address}}, which is neither in the VPC ({{vpcCidrs}}) nor in a private range (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10); the load balancer cannot register it as an IP target.',
      fix: 'Register the proxy by its private address, reached from the VPC over Direct Connect, a VPN or peering.',
    },
  },
  reads: ['/vpc/cidrBlocks', '/loadBalancer/targetGroup/targets/*/ipAddress'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [registerTargets, guide('vpc-connectivity.html')],
  facts: ['VPC-TARGET-GROUP'],
  check(plan, { report, unknown }) {
    const vpcCidrs = plan.vpc?.cidrBlocks?.map(parseIpv4Cidr).filter((cidr) => cidr !== undefined);
    plan.loadBalancer?.targetGroup?.targets?.forEach((target, index) => {
      const address = target.ipAddress?.trim();
      // Not an IPv4 literal: that is for the target group and VPC rules.
      if (address === undefined || parseIpv4Cidr(`${address}/32`) === undefined) return;
      if (allowedTargetRanges.some((range) => cidrContains(range, address))) return;
      if (vpcCidrs === undefined) {
        unknown([['vpc', 'cidrBlocks']]);
        return;
      }
      if (vpcCidrs.some((cidr) => cidrContains(cidr, address))) return;
      report({
        messageId: 'public-target',
        path: ['loadBalancer', 'targetGroup', 'targets', index, 'ipAddress'],
        relatedPaths: [['vpc', 'cidrBlocks']],
        data: {
          target: index + 1,
          address,
          vpcCidrs: plan.vpc?.cidrBlocks?.join(', ') || 'no CIDR block',
        },
      });
    });
  },
});

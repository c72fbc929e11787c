import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide } from './support/sources';
import { cidrsOverlap, parseIpv4Cidr } from './support/vpc-ipv4-cidr';

export default defineRule<Plan, 'overlap'>({
  id: 'vpc-cidr-no-key-manager-overlap',
  target: 'plan',
  severity: 'error',
  title: 'The VPC address range does not overlap the key manager network',
  description:
    'The VPC is connected to the data centre that hosts the external key manager. If their private address ranges overlap, routes between them are ambiguous and the load balancer cannot reach the proxy reliably, so AWS requires the ranges to be distinct.',
  messages: {
    overlap: {
      message:
        'VPC CIDR block {{vpcCidr}} overlaps {{keyManagerCidr}}, a network of the data centre that hosts the external key manager; traffic to addresses in both ranges cannot be routed correctly.',
      fix: 'Give the VPC a private CIDR block that does not overlap any network of the data centre (e.g. another 10.x.0.0/16 or a 172.16.0.0/12 range not used there).',
    },
  },
  reads: ['/vpc/cidrBlocks', '/externalKeyManager/networkCidrs'],
  requires: ['/vpc/cidrBlocks', '/externalKeyManager/networkCidrs'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [guide('vpc-connectivity.html#xks-vpc-requirements')],
  facts: ['VPC-CIDR-NO-OVERLAP'],
  check(plan, { report }) {
    const keyManagerCidrs = plan.externalKeyManager!.networkCidrs!.flatMap((text, index) => {
      const cidr = parseIpv4Cidr(text);
      return cidr ? [{ text: text.trim(), cidr, index }] : [];
    });
    plan.vpc!.cidrBlocks!.forEach((text, index) => {
      const vpcCidr = parseIpv4Cidr(text);
      const clash = vpcCidr && keyManagerCidrs.find(({ cidr }) => cidrsOverlap(vpcCidr, cidr));
      if (clash) {
        report({
          messageId: 'overlap',
          path: ['vpc', 'cidrBlocks', index],
          relatedPaths: [['externalKeyManager', 'networkCidrs', clash.index]],
          data: { vpcCidr: text.trim(), keyManagerCidr: clash.text },
        });
      }
    });
  },
});

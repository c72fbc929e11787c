import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { apiReference, guide } from './support/sources';

const path = ['vpc', 'connectionToProxy'];

const locationNames = {
  'other-aws-network': 'in another AWS network',
  'on-premises': 'on premises',
  'other-cloud': 'in another cloud',
} as const;

export default defineRule<Plan, 'no-connection' | 'not-same-vpc'>({
  id: 'vpc-reaches-proxy',
  target: 'plan',
  severity: 'error',
  title: 'The VPC has a network path to a proxy outside it',
  description:
    'VPC endpoint service connectivity does not require the proxy to run in AWS: it may stay in a data centre or another network, as long as the load balancer in the VPC can reach it, e.g. over AWS Direct Connect, a Site-to-Site VPN, a transit gateway or VPC peering.',
  messages: {
    'no-connection': {
      message:
        'The proxy runs {{location}}, but {{/vpc/connectionToProxy}} says there is no link to it; the load balancer in the VPC cannot reach the proxy, so every KMS request fails.',
      fix: 'Connect the VPC to the proxy network (Direct Connect, Site-to-Site VPN, transit gateway or VPC peering), then test from an EC2 instance in the VPC that the proxy answers on port 443.',
    },
    'not-same-vpc': {
      message:
        '{{/vpc/connectionToProxy}} says the proxy is in this VPC, but {{/proxy/location}} says it runs {{location}}; one of them is wrong.',
      fix: 'Set {{/proxy/location}} to this VPC if the proxy runs here, or set {{/vpc/connectionToProxy}} to the link that reaches it.',
    },
  },
  reads: ['/proxy/location', '/vpc/connectionToProxy'],
  requires: ['/proxy/location'],
  appliesTo: 'VPC_ENDPOINT_SERVICE',
  sources: [
    guide('vpc-connectivity.html'),
    guide('choose-xks-connectivity.html'),
    apiReference('API_CreateCustomKeyStore.html'),
  ],
  facts: ['VPC-NETWORK-LINK', 'VPC-PROXY-LOCATION'],
  check(plan, { report, unknown }) {
    const location = plan.proxy!.location!;
    if (location === 'this-vpc') return;
    const data = { location: locationNames[location] };
    const relatedPaths = [['proxy', 'location']];
    const connection = plan.vpc?.connectionToProxy;
    if (connection === undefined) unknown([path]);
    else if (connection === 'none')
      report({ messageId: 'no-connection', path, relatedPaths, data });
    else if (connection === 'same-vpc') {
      report({ messageId: 'not-same-vpc', path, relatedPaths, data });
    }
  },
});

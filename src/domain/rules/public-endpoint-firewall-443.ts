import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { guide } from './support/sources';

const path = ['publicEndpoint', 'firewallAllowsTcp443'];

export default defineRule<Plan, 'blocked'>({
  id: 'public-endpoint-firewall-443',
  target: 'plan',
  severity: 'error',
  title: 'Firewalls let KMS reach the proxy on TCP 443',
  description:
    'With a public endpoint, KMS connects to the proxy over the internet on TCP port 443 (IPv4). Every firewall between the internet and the proxy must allow that traffic in both directions; otherwise creating the key store fails, because KMS tests the connection first.',
  messages: {
    blocked: {
      message:
        'The plan says a firewall on the way to the proxy does not allow IPv4 TCP 443 ({{/publicEndpoint/firewallAllowsTcp443}}: no); KMS cannot reach the proxy, so creating or connecting the key store fails.',
      fix: 'Allow IPv4 TCP 443 to and from the proxy on every firewall, security group and network ACL in the path.',
    },
  },
  reads: ['/publicEndpoint/firewallAllowsTcp443'],
  requires: ['/publicEndpoint/firewallAllowsTcp443'],
  appliesTo: 'PUBLIC_ENDPOINT',
  sources: [guide('choose-xks-connectivity.html'), guide('create-xks-keystore.html')],
  facts: ['PUB-FIREWALL-443'],
  check(plan, { report }) {
    if (plan.publicEndpoint?.firewallAllowsTcp443 === false) report({ messageId: 'blocked', path });
  },
});

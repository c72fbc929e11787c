import { defineRule } from '../engine/define-rule';
import type { Plan } from '../plan/plan-schema';
import { isIpv4Literal } from './support/plan-readings';
import { nonPublicIpv4Range } from './support/public-ipv4';
import { guide } from './support/sources';

const addressesPath = ['publicEndpoint', 'ipv4Addresses'];

export default defineRule<Plan, 'ipv6' | 'not-ipv4' | 'not-public'>({
  id: 'public-endpoint-ipv4-routable',
  target: 'plan',
  severity: 'error',
  title: 'The public endpoint resolves to public IPv4 addresses',
  description:
    'With a public endpoint, KMS connects to the proxy over the internet, and only over IPv4: it cannot reach an external key store proxy over IPv6. The endpoint host name must therefore resolve to IPv4 addresses that are routable on the internet, not private, shared (carrier-grade NAT), loopback or link-local ones.',
  messages: {
    ipv6: {
      message:
        '{{address}} is an IPv6 address; KMS reaches an external key store proxy over IPv4 only.',
      fix: 'Give the proxy endpoint a public IPv4 address (a DNS A record) and list that address here.',
    },
    'not-ipv4': {
      message: '"{{address}}" is not an IPv4 address (four numbers 0-255 separated by dots).',
      fix: 'List the IPv4 addresses the endpoint host name resolves to, e.g. 198.51.100.20.',
    },
    'not-public': {
      message:
        '{{address}} is in the {{range}}, which the internet does not route to; KMS cannot reach a public endpoint there.',
      fix: 'Publish the proxy (or a load balancer or NAT in front of it) on a public IPv4 address and point the endpoint host name at it, or use VPC endpoint service connectivity for a private proxy.',
    },
  },
  reads: ['/publicEndpoint/ipv4Addresses'],
  requires: ['/publicEndpoint/ipv4Addresses'],
  appliesTo: 'PUBLIC_ENDPOINT',
  sources: [
    guide('choose-xks-connectivity.html'),
    guide('create-xks-keystore.html'),
    guide('ipv6-kms.html'),
  ],
  facts: ['PUB-ROUTABLE', 'XKS-IPV4-ONLY'],
  check(plan, { report, unknown }) {
    const addresses = plan.publicEndpoint?.ipv4Addresses ?? [];
    // An empty list names no address the host resolves to: as unknown as no list.
    if (addresses.length === 0) {
      unknown([addressesPath]);
      return;
    }
    addresses.forEach((address, index) => {
      const path = [...addressesPath, index];
      if (address.includes(':')) {
        report({ messageId: 'ipv6', path, data: { address } });
      } else if (!isIpv4Literal(address)) {
        report({ messageId: 'not-ipv4', path, data: { address } });
      } else {
        const range = nonPublicIpv4Range(address);
        if (range !== undefined)
          report({ messageId: 'not-public', path, data: { address, range } });
      }
    });
  },
});

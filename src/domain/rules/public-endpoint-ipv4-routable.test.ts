import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './public-endpoint-ipv4-routable';

const ready = findExample('public-endpoint-ready')!.document;
const addresses = (...ipv4Addresses: string[]) =>
  withPlan(ready, { publicEndpoint: { ipv4Addresses } });
const at = (index: number) => `/publicEndpoint/ipv4Addresses/${index}`;

testRule(rule, {
  valid: [
    { name: 'documentation addresses of the ready public plan', document: ready },
    {
      name: 'public addresses next to the private ranges',
      document: addresses('8.8.8.8', '100.128.0.1', '172.32.0.1', '192.169.0.1', '223.255.255.255'),
    },
    {
      name: 'a VPC plan is not concerned',
      document: findExample('vpc-endpoint-service-ready')!.document,
      notApplicable: true,
    },
  ],
  invalid: [
    {
      name: 'an IPv6 address',
      document: addresses('203.0.113.10', '2001:db8::10'),
      errors: [{ messageId: 'ipv6', path: at(1) }],
    },
    {
      name: 'a host name and an out-of-range number',
      document: addresses('proxy.example.com', '203.0.113.256'),
      errors: [
        { messageId: 'not-ipv4', path: at(0) },
        { messageId: 'not-ipv4', path: at(1) },
      ],
    },
    {
      name: 'private, shared, loopback and link-local addresses',
      document: addresses(
        '10.0.12.5',
        '172.31.255.255',
        '192.168.1.1',
        '100.64.0.1',
        '127.0.0.1',
        '169.254.169.254',
      ),
      errors: [0, 1, 2, 3, 4, 5].map((index) => ({ messageId: 'not-public', path: at(index) })),
    },
    {
      name: 'this-network, multicast and broadcast addresses',
      document: addresses('0.0.0.0', '224.0.0.1', '255.255.255.255'),
      errors: [0, 1, 2].map((index) => ({ messageId: 'not-public', path: at(index) })),
    },
  ],
  unknown: [
    {
      name: 'no addresses stated',
      document: withPlan(ready, { publicEndpoint: { ipv4Addresses: undefined } }),
      missing: ['/publicEndpoint/ipv4Addresses'],
    },
    { name: 'an empty list', document: addresses(), missing: ['/publicEndpoint/ipv4Addresses'] },
    {
      name: 'connectivity not stated',
      document: withPlan(ready, { keyStore: { XksProxyConnectivity: undefined } }),
      missing: ['/keyStore/XksProxyConnectivity'],
    },
  ],
});

import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-target-private-address';

const vpcReady = findExample('vpc-endpoint-service-ready')!.document;
const targets = (...ipAddresses: string[]) =>
  withPlan(vpcReady, {
    loadBalancer: {
      targetGroup: { targets: ipAddresses.map((ipAddress) => ({ ipAddress, port: 443 })) },
    },
  });
const path = (index: number) => `/loadBalancer/targetGroup/targets/${index}/ipAddress`;

testRule(rule, {
  valid: [
    { name: 'the ready VPC plan', document: vpcReady },
    {
      name: 'each private range',
      document: targets('10.1.2.3', '172.31.255.254', '192.168.0.1', '100.64.0.9'),
    },
    {
      name: 'a public range used as the VPC CIDR',
      document: withPlan(targets('198.51.100.20'), { vpc: { cidrBlocks: ['198.51.100.0/24'] } }),
    },
    {
      name: 'a public plan is not concerned',
      document: withPlan(findExample('public-endpoint-ready')!.document, {
        loadBalancer: { targetGroup: { targets: [{ ipAddress: '203.0.113.10' }] } },
      }),
      notApplicable: true,
    },
  ],
  unknown: [
    {
      name: 'a public address, the VPC CIDR not stated',
      document: withPlan(targets('203.0.113.10'), { vpc: { cidrBlocks: undefined } }),
      missing: ['/vpc/cidrBlocks'],
    },
  ],
  invalid: [
    {
      name: 'a public address as a target',
      document: targets('10.0.0.5', '203.0.113.10'),
      errors: [{ messageId: 'public-target', path: path(1) }],
    },
    {
      name: 'just outside 172.16.0.0/12',
      document: targets('172.32.0.1'),
      errors: [{ messageId: 'public-target', path: path(0) }],
    },
  ],
});

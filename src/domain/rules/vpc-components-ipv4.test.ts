import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-components-ipv4';

const ready = findExample('vpc-endpoint-service-ready')!.document;

testRule(rule, {
  valid: [
    { name: 'IPv4 everywhere', document: ready },
    { name: 'the cross-account example', document: findExample('vpc-cross-account')!.document },
  ],
  invalid: [
    {
      name: 'a dual-stack load balancer',
      document: withPlan(ready, {
        loadBalancer: { ipAddressType: 'dualstack-without-public-ipv4' },
      }),
      errors: [{ messageId: 'load-balancer-not-ipv4', path: '/loadBalancer/ipAddressType' }],
    },
    {
      name: 'an IPv6 target',
      document: withPlan(ready, {
        loadBalancer: { targetGroup: { targets: [{ ipAddress: 'fd00::21', port: 443 }] } },
      }),
      errors: [
        { messageId: 'target-not-ipv4', path: '/loadBalancer/targetGroup/targets/0/ipAddress' },
      ],
    },
    {
      name: 'an endpoint service without supported IP types',
      document: withPlan(ready, { endpointService: { supportedIpAddressTypes: [] } }),
      errors: [
        {
          messageId: 'endpoint-service-not-ipv4',
          path: '/endpointService/supportedIpAddressTypes',
        },
      ],
    },
    {
      name: 'the mistakes example (dual stack, IPv6 target group, IPv4 and IPv6 service)',
      document: findExample('plan-with-mistakes')!.document,
      errors: [
        { messageId: 'load-balancer-not-ipv4', path: '/loadBalancer/ipAddressType' },
        { messageId: 'target-group-not-ipv4', path: '/loadBalancer/targetGroup/ipAddressType' },
        {
          messageId: 'endpoint-service-not-ipv4',
          path: '/endpointService/supportedIpAddressTypes',
        },
      ],
    },
  ],
  unknown: [
    {
      name: 'IP address types not stated',
      document: withPlan(ready, {
        loadBalancer: { ipAddressType: undefined, targetGroup: { ipAddressType: undefined } },
        endpointService: { supportedIpAddressTypes: undefined },
      }),
      missing: [
        '/loadBalancer/ipAddressType',
        '/loadBalancer/targetGroup/ipAddressType',
        '/endpointService/supportedIpAddressTypes',
      ],
    },
    {
      name: 'no load balancer yet',
      document: withPlan(ready, { loadBalancer: undefined }),
      missing: ['/loadBalancer/ipAddressType', '/loadBalancer/targetGroup/ipAddressType'],
    },
  ],
});

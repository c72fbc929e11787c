import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-targets-are-proxy-instances';

// The ready VPC plan: proxies 172.16.10.21 and .22, registered as the two targets.
const ready = findExample('vpc-endpoint-service-ready')!.document;
const targets = (...addresses: string[]) =>
  withPlan(ready, {
    loadBalancer: {
      targetGroup: { targets: addresses.map((ipAddress) => ({ ipAddress, port: 443 })) },
    },
  });
const instances = (...list: object[]) => withPlan(ready, { proxy: { instances: list } });

testRule(rule, {
  valid: [
    { name: 'the ready VPC plan', document: ready },
    { name: 'the cross-account plan', document: findExample('vpc-cross-account')!.document },
    { name: 'targets in another order', document: targets('172.16.10.22', '172.16.10.21') },
    {
      name: 'one proxy on two ports, addresses with spaces',
      document: targets('172.16.10.21', ' 172.16.10.22 ', '172.16.10.22'),
    },
    {
      name: 'a public endpoint plan',
      document: findExample('public-endpoint-ready')!.document,
      notApplicable: true,
    },
  ],
  invalid: [
    {
      name: 'a proxy instance that is not a target',
      document: targets('172.16.10.21'),
      errors: [{ messageId: 'instance-not-target', path: '/proxy/instances/1/ipAddress' }],
    },
    {
      name: 'a target that is no proxy instance',
      document: targets('172.16.10.21', '172.16.10.22', '172.16.10.99'),
      errors: [
        { messageId: 'target-not-instance', path: '/loadBalancer/targetGroup/targets/2/ipAddress' },
      ],
    },
    {
      name: 'a typo in a target address',
      document: targets('172.16.10.21', '172.16.10.23'),
      errors: [
        { messageId: 'instance-not-target', path: '/proxy/instances/1/ipAddress' },
        { messageId: 'target-not-instance', path: '/loadBalancer/targetGroup/targets/1/ipAddress' },
      ],
    },
  ],
  unknown: [
    {
      name: 'no proxy instances listed',
      document: withPlan(ready, { proxy: { instances: undefined } }),
      missing: ['/proxy/instances'],
    },
    {
      name: 'no targets listed',
      document: withPlan(ready, { loadBalancer: { targetGroup: { targets: undefined } } }),
      missing: ['/loadBalancer/targetGroup/targets'],
    },
    {
      name: 'a proxy instance without its address',
      document: instances({ id: 'xks-proxy-1', ipAddress: '172.16.10.21' }, { id: 'xks-proxy-2' }),
      missing: ['/proxy/instances/1/ipAddress'],
    },
  ],
});

import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-dns-attributes';

const ready = findExample('vpc-endpoint-service-ready')!.document;

testRule(rule, {
  valid: [
    { name: 'both enabled', document: ready },
    { name: 'the cross-account example', document: findExample('vpc-cross-account')!.document },
  ],
  invalid: [
    {
      name: 'the mistakes example (hostnames off)',
      document: findExample('plan-with-mistakes')!.document,
      errors: [{ messageId: 'hostnames-disabled', path: '/vpc/enableDnsHostnames' }],
    },
    {
      name: 'both off',
      document: withPlan(ready, { vpc: { enableDnsHostnames: false, enableDnsSupport: false } }),
      errors: [
        { messageId: 'hostnames-disabled', path: '/vpc/enableDnsHostnames' },
        { messageId: 'resolution-disabled', path: '/vpc/enableDnsSupport' },
      ],
    },
  ],
  unknown: [
    {
      name: 'neither attribute stated',
      document: withPlan(ready, {
        vpc: { enableDnsHostnames: undefined, enableDnsSupport: undefined },
      }),
      missing: ['/vpc/enableDnsHostnames', '/vpc/enableDnsSupport'],
    },
    {
      name: 'resolution not stated',
      document: withPlan(ready, { vpc: { enableDnsSupport: undefined } }),
      missing: ['/vpc/enableDnsSupport'],
    },
  ],
});

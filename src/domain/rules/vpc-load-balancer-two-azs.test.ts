import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-load-balancer-two-azs';

const ready = findExample('vpc-endpoint-service-ready')!.document;
const [subnetA, subnetB] = ['subnet-0aa11bb22cc33dd44', 'subnet-0ee55ff66aa77bb88'];
const attachedTo = (subnetIds: string[] | undefined) =>
  withPlan(ready, { loadBalancer: { subnetIds } });
const path = '/loadBalancer/subnetIds';

testRule(rule, {
  valid: [
    { name: 'two subnets in two zones', document: ready },
    { name: 'three zones, cross-account', document: findExample('vpc-cross-account')!.document },
    {
      name: 'two zones known, a third subnet without zone',
      document: withPlan(ready, {
        loadBalancer: { subnetIds: [subnetA, subnetB, 'subnet-c'] },
        vpc: {
          subnets: [
            { subnetId: subnetA, availabilityZone: 'eu-central-1a' },
            { subnetId: subnetB, availabilityZone: 'eu-central-1b' },
            { subnetId: 'subnet-c' },
          ],
        },
      }),
    },
  ],
  invalid: [
    {
      name: 'one subnet',
      document: attachedTo([subnetA]),
      errors: [{ messageId: 'too-few', path }],
    },
    {
      name: 'the same subnet twice',
      document: attachedTo([subnetA, subnetA]),
      errors: [{ messageId: 'too-few', path }],
    },
    {
      name: 'a subnet the VPC does not list',
      document: attachedTo([subnetA, 'subnet-0123456789abcdef0']),
      errors: [{ messageId: 'unknown-subnet', path: `${path}/1` }],
    },
    {
      name: 'two subnets in the same zone',
      document: withPlan(ready, {
        vpc: {
          subnets: [
            { subnetId: subnetA, availabilityZone: 'eu-central-1a' },
            { subnetId: subnetB, availabilityZone: 'eu-central-1a' },
          ],
        },
      }),
      errors: [{ messageId: 'one-zone', path }],
    },
    {
      name: 'the mistakes example (one subnet)',
      document: findExample('plan-with-mistakes')!.document,
      errors: [{ messageId: 'too-few', path }],
    },
  ],
  unknown: [
    { name: 'no subnets attached yet', document: attachedTo(undefined), missing: [path] },
    {
      name: 'VPC subnets not listed (zones cannot be judged)',
      document: withPlan(ready, { vpc: { subnets: undefined } }),
      missing: ['/vpc/subnets'],
    },
    {
      name: 'one zone known, the other subnet’s zone not stated',
      document: withPlan(ready, {
        vpc: {
          subnets: [
            { subnetId: subnetA, availabilityZone: 'eu-central-1a' },
            { subnetId: subnetB },
          ],
        },
      }),
      missing: ['/vpc/subnets/1/availabilityZone'],
    },
  ],
});

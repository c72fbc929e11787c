import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-private-subnets-two-azs';

const ready = findExample('vpc-endpoint-service-ready')!.document;
const subnets = (list: object[] | undefined) => withPlan(ready, { vpc: { subnets: list } });
const subnetA = { subnetId: 'subnet-a', availabilityZone: 'eu-central-1a', public: false };
const subnetB = { subnetId: 'subnet-b', availabilityZone: 'eu-central-1b', public: false };
const path = '/vpc/subnets';

testRule(rule, {
  valid: [
    { name: 'two private subnets in two zones', document: ready },
    { name: 'three zones, cross-account', document: findExample('vpc-cross-account')!.document },
    {
      name: 'two zones known, a third subnet without zone',
      document: subnets([subnetA, subnetB, { subnetId: 'subnet-c' }]),
    },
  ],
  invalid: [
    {
      name: 'one private subnet',
      document: subnets([subnetA]),
      errors: [{ messageId: 'too-few', path }],
    },
    {
      name: 'a second subnet that is public',
      document: subnets([subnetA, { ...subnetB, public: true }]),
      errors: [{ messageId: 'too-few', path }],
    },
    {
      name: 'two private subnets in the same zone',
      document: subnets([subnetA, { ...subnetB, availabilityZone: 'eu-central-1a' }]),
      errors: [{ messageId: 'one-zone', path }],
    },
    {
      name: 'two subnets in one zone, one not stated public or private',
      document: subnets([subnetA, { subnetId: 'subnet-b', availabilityZone: 'eu-central-1a' }]),
      errors: [{ messageId: 'one-zone', path }],
    },
    {
      name: 'the mistakes example (one public subnet)',
      document: findExample('plan-with-mistakes')!.document,
      errors: [{ messageId: 'too-few', path }],
    },
  ],
  unknown: [
    { name: 'no subnets listed yet', document: subnets(undefined), missing: [path] },
    {
      name: 'public flags not stated',
      document: subnets([
        { subnetId: 'subnet-a', availabilityZone: 'eu-central-1a' },
        { subnetId: 'subnet-b', availabilityZone: 'eu-central-1b' },
      ]),
      missing: [`${path}/0/public`, `${path}/1/public`],
    },
    {
      name: 'a subnet without a zone',
      document: subnets([subnetA, { subnetId: 'subnet-b', public: false }]),
      missing: [`${path}/1/availabilityZone`],
    },
  ],
});

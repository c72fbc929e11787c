import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-no-public-subnets';

const ready = findExample('vpc-endpoint-service-ready')!.document;
const subnetA = { subnetId: 'subnet-a', availabilityZone: 'eu-central-1a', public: false };
const subnetB = { subnetId: 'subnet-b', availabilityZone: 'eu-central-1b', public: true };

testRule(rule, {
  valid: [
    { name: 'private subnets', document: ready },
    { name: 'the cross-account example', document: findExample('vpc-cross-account')!.document },
    {
      name: 'public flag not stated (asked by vpc-private-subnets-two-azs)',
      document: withPlan(ready, { vpc: { subnets: [{ subnetId: 'subnet-a' }] } }),
    },
  ],
  invalid: [
    {
      name: 'one public subnet among private ones',
      document: withPlan(ready, { vpc: { subnets: [subnetA, subnetB] } }),
      errors: [{ messageId: 'public-subnet', path: '/vpc/subnets/1/public' }],
    },
    {
      name: 'the mistakes example',
      document: findExample('plan-with-mistakes')!.document,
      errors: [{ messageId: 'public-subnet', path: '/vpc/subnets/0/public' }],
    },
  ],
  unknown: {
    none: 'it warns about subnets stated public; vpc-private-subnets-two-azs asks for missing subnets and public flags',
  },
});

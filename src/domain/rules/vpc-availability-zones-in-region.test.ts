import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan, withSubnetZones } from '../plan/with-plan';
import rule from './vpc-availability-zones-in-region';

const ready = findExample('vpc-endpoint-service-ready')!.document;
const crossAccount = findExample('vpc-cross-account')!.document;
const subnetZones = (...zones: string[]) => withSubnetZones(ready, zones);
const targetZones = (...zones: string[]) =>
  withPlan(ready, {
    loadBalancer: {
      targetGroup: {
        targets: zones.map((availabilityZone, index) => ({
          ipAddress: `10.20.1.${10 + index}`,
          port: 443,
          availabilityZone,
        })),
      },
    },
  });
const subnetZone = (index: number) => `/vpc/subnets/${index}/availabilityZone`;

testRule(rule, {
  valid: [
    { name: 'the ready VPC plan', document: ready },
    { name: 'zones of the Region everywhere (cross-account example)', document: crossAccount },
    { name: 'targets outside the VPC ("all")', document: targetZones('all', 'all') },
    {
      name: 'a malformed zone (the format rule reports it)',
      document: subnetZones('eu-central-1a', 'euc1-az2'),
    },
    {
      name: 'a proxy outside this VPC may run in another Region',
      document: withPlan(ready, {
        proxy: {
          location: 'other-aws-network',
          instances: [{ id: 'p-1', availabilityZone: 'eu-west-1a' }],
        },
      }),
    },
    {
      name: 'a public endpoint plan',
      document: findExample('public-endpoint-ready')!.document,
      notApplicable: true,
    },
  ],
  invalid: [
    {
      name: 'a subnet in a zone of another Region',
      document: subnetZones('eu-central-1a', 'eu-west-1b'),
      errors: [{ messageId: 'other-region', path: subnetZone(1) }],
    },
    {
      name: 'a zone of a Region whose code begins like the plan Region',
      document: withPlan(subnetZones('us-east-1a', 'us-east-2b'), { region: 'us-east-1' }),
      errors: [{ messageId: 'other-region', path: subnetZone(1) }],
    },
    {
      name: 'a target in a zone of another Region',
      document: targetZones('eu-central-1a', 'us-east-1a'),
      errors: [
        { messageId: 'other-region', path: '/loadBalancer/targetGroup/targets/1/availabilityZone' },
      ],
    },
    {
      name: 'a proxy instance of this VPC in a zone of another Region',
      document: withPlan(crossAccount, {
        proxy: {
          instances: [
            { id: 'p-1', ipAddress: '10.40.1.10', availabilityZone: 'ap-southeast-2a' },
            { id: 'p-2', ipAddress: '10.40.2.10', availabilityZone: 'ap-southeast-1b' },
          ],
        },
      }),
      errors: [{ messageId: 'other-region', path: '/proxy/instances/1/availabilityZone' }],
    },
    {
      name: 'every zone of the ready plan when the store moves to another Region',
      document: withPlan(ready, { region: 'eu-west-1' }),
      errors: [
        { messageId: 'other-region', path: subnetZone(0) },
        { messageId: 'other-region', path: subnetZone(1) },
      ],
    },
  ],
  unknown: [
    {
      name: 'no Region yet',
      document: withPlan(ready, { region: undefined }),
      missing: ['/region'],
    },
  ],
});

import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan, withSubnetZones } from '../plan/with-plan';
import rule from './vpc-availability-zone-names-format';

const ready = findExample('vpc-endpoint-service-ready')!.document;
const subnetZones = (...zones: string[]) => withSubnetZones(ready, zones);
const subnetZone = (index: number) => `/vpc/subnets/${index}/availabilityZone`;

testRule(rule, {
  valid: [
    { name: 'the ready VPC plan', document: ready },
    { name: 'the cross-account example', document: findExample('vpc-cross-account')!.document },
    {
      name: 'zone names of GovCloud and the European Sovereign Cloud',
      document: subnetZones('us-gov-west-1a', 'eusc-de-east-1b'),
    },
    {
      name: 'a zone of another Region is well formed (the Region rule judges it)',
      document: subnetZones('eu-central-1a', 'eu-west-1b'),
    },
    {
      name: 'target zone "all" for addresses outside the VPC',
      document: withPlan(ready, {
        loadBalancer: {
          targetGroup: { targets: [{ ipAddress: '172.16.10.21', availabilityZone: 'all' }] },
        },
      }),
    },
    {
      name: 'no zones stated',
      document: withPlan(ready, { vpc: { subnets: [{ subnetId: 'subnet-01' }] } }),
    },
    {
      name: 'a public endpoint plan',
      document: findExample('public-endpoint-ready')!.document,
      notApplicable: true,
    },
  ],
  invalid: [
    {
      name: 'an Availability Zone ID',
      document: subnetZones('eu-central-1a', 'euc1-az2'),
      errors: [{ messageId: 'zone-id', path: subnetZone(1) }],
    },
    {
      name: 'a Region code without the zone letter',
      document: subnetZones('eu-central-1', 'eu-central-1b'),
      errors: [{ messageId: 'malformed', path: subnetZone(0) }],
    },
    {
      name: 'a Local Zone (not for a Network Load Balancer)',
      document: withPlan(subnetZones('us-east-1a', 'us-east-1-bos-1a'), { region: 'us-east-1' }),
      errors: [{ messageId: 'malformed', path: subnetZone(1) }],
    },
    {
      name: 'upper case and a typing mistake',
      document: subnetZones('EU-CENTRAL-1A', 'eu-central1b'),
      errors: [
        { messageId: 'malformed', path: subnetZone(0) },
        { messageId: 'malformed', path: subnetZone(1) },
      ],
    },
    {
      name: 'a target zone that is neither a zone nor "all"',
      document: withPlan(ready, {
        loadBalancer: {
          targetGroup: { targets: [{ ipAddress: '10.20.1.10', availabilityZone: 'any' }] },
        },
      }),
      errors: [
        { messageId: 'malformed', path: '/loadBalancer/targetGroup/targets/0/availabilityZone' },
      ],
    },
    {
      name: 'a proxy instance of this VPC with a zone ID',
      document: withPlan(findExample('vpc-cross-account')!.document, {
        proxy: { instances: [{ id: 'p-1', availabilityZone: 'apse2-az1' }] },
      }),
      errors: [{ messageId: 'zone-id', path: '/proxy/instances/0/availabilityZone' }],
    },
  ],
  unknown: { none: 'it judges only the zone names the plan states' },
});

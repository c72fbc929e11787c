import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-no-empty-list-rows';

const ready = findExample('vpc-endpoint-service-ready')!.document;

testRule(rule, {
  valid: [
    { name: 'the ready VPC plan', document: ready },
    { name: 'the cross-account plan', document: findExample('vpc-cross-account')!.document },
    {
      name: 'a subnet with only its ID',
      document: withPlan(ready, { vpc: { subnets: [{ subnetId: 'subnet-0aa11bb22cc33dd44' }] } }),
    },
    {
      name: 'empty lists',
      document: withPlan(ready, {
        vpc: { cidrBlocks: [], subnets: [] },
        loadBalancer: { subnetIds: [], targetGroup: { targets: [] } },
        endpointService: { allowedPrincipals: [] },
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
      name: 'a subnet row without its ID',
      document: withPlan(ready, {
        vpc: {
          subnets: [
            { subnetId: 'subnet-0aa11bb22cc33dd44', availabilityZone: 'eu-central-1a' },
            { availabilityZone: 'eu-central-1b', public: false },
          ],
        },
      }),
      errors: [{ messageId: 'empty-row', path: '/vpc/subnets/1' }],
    },
    {
      name: 'a target without its address',
      document: withPlan(ready, {
        loadBalancer: {
          targetGroup: { targets: [{ ipAddress: '172.16.10.21', port: 443 }, { port: 443 }] },
        },
      }),
      errors: [{ messageId: 'empty-row', path: '/loadBalancer/targetGroup/targets/1' }],
    },
    {
      name: 'blank strings in every list of strings',
      document: withPlan(ready, {
        vpc: { cidrBlocks: ['10.20.0.0/16', ''] },
        loadBalancer: { subnetIds: [' ', 'subnet-0ee55ff66aa77bb88'] },
        endpointService: { allowedPrincipals: ['cks.kms.eu-central-1.amazonaws.com', ''] },
      }),
      errors: [
        { messageId: 'empty-row', path: '/vpc/cidrBlocks/1' },
        { messageId: 'empty-row', path: '/loadBalancer/subnetIds/0' },
        { messageId: 'empty-row', path: '/endpointService/allowedPrincipals/1' },
      ],
    },
  ],
  unknown: { none: 'it judges only the rows a list holds; a list that is not stated has none' },
});

import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-target-group-settings';

const ready = findExample('vpc-endpoint-service-ready')!.document;
const targetGroup = (patch: object) => withPlan(ready, { loadBalancer: { targetGroup: patch } });
const path = '/loadBalancer/targetGroup';

testRule(rule, {
  valid: [
    { name: 'IP targets outside the VPC in zone all', document: ready },
    {
      name: 'IP targets inside the VPC (cross-account example)',
      document: findExample('vpc-cross-account')!.document,
    },
    {
      name: 'TLS re-encryption when TLS terminates at the load balancer',
      document: withPlan(ready, {
        tls: { terminatesAt: 'load-balancer' },
        loadBalancer: { targetGroup: { protocol: 'TLS' } },
      }),
    },
    {
      name: 'a target inside the VPC needs no zone',
      document: targetGroup({ targets: [{ ipAddress: '10.20.1.30', port: 443 }] }),
    },
    {
      name: 'TLS while the termination point is not stated',
      document: withPlan(ready, {
        tls: { terminatesAt: undefined },
        loadBalancer: { targetGroup: { protocol: 'TLS' } },
      }),
    },
  ],
  invalid: [
    {
      name: 'the mistakes example (instance targets on 8443)',
      document: findExample('plan-with-mistakes')!.document,
      errors: [
        { messageId: 'target-type', path: `${path}/targetType` },
        { messageId: 'port', path: `${path}/port` },
        { messageId: 'target-port', path: `${path}/targets/0/port` },
      ],
    },
    {
      name: 'TLS target group while TLS passes through to the proxy',
      document: targetGroup({ protocol: 'TLS' }),
      errors: [{ messageId: 'protocol', path: `${path}/protocol` }],
    },
    {
      name: 'UDP',
      document: withPlan(ready, {
        tls: { terminatesAt: 'load-balancer' },
        loadBalancer: { targetGroup: { protocol: 'UDP' } },
      }),
      errors: [{ messageId: 'protocol', path: `${path}/protocol` }],
    },
    {
      name: 'a target group of another VPC',
      document: targetGroup({ vpcId: 'vpc-0fff00000000000aa' }),
      errors: [{ messageId: 'other-vpc', path: `${path}/vpcId` }],
    },
    {
      name: 'an on-premises target registered in a zone',
      document: targetGroup({
        targets: [
          { ipAddress: '172.16.10.21', port: 443, availabilityZone: 'eu-central-1a' },
          { ipAddress: '10.20.1.30', port: 443, availabilityZone: 'eu-central-1a' },
        ],
      }),
      errors: [{ messageId: 'outside-vpc-zone', path: `${path}/targets/0/availabilityZone` }],
    },
  ],
  unknown: [
    {
      name: 'no target group yet',
      document: withPlan(ready, { loadBalancer: { targetGroup: undefined } }),
      missing: [path],
    },
    {
      name: 'type, protocol, port and VPC not stated',
      document: withPlan(ready, {
        loadBalancer: {
          targetGroup: {
            targetType: undefined,
            protocol: undefined,
            port: undefined,
            vpcId: undefined,
          },
        },
      }),
      missing: [`${path}/targetType`, `${path}/protocol`, `${path}/port`, `${path}/vpcId`],
    },
    {
      name: 'a target outside the VPC without its zone, another without its port',
      document: targetGroup({
        targets: [{ ipAddress: '172.16.10.21', port: 443 }, { ipAddress: '10.20.1.30' }],
      }),
      missing: [`${path}/targets/0/availabilityZone`, `${path}/targets/1/port`],
    },
    {
      name: 'the VPC address range not stated',
      document: withPlan(ready, { vpc: { cidrBlocks: undefined, vpcId: undefined } }),
      missing: ['/vpc/cidrBlocks', '/vpc/vpcId'],
    },
  ],
});

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
      name: 'TLS while the termination point is not stated',
      document: withPlan(ready, {
        tls: { terminatesAt: undefined },
        loadBalancer: { targetGroup: { protocol: 'TLS' } },
      }),
    },
    {
      name: 'no target group yet',
      document: withPlan(ready, { loadBalancer: { targetGroup: undefined } }),
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
});

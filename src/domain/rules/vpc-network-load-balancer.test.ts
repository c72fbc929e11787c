import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-network-load-balancer';

const ready = findExample('vpc-endpoint-service-ready')!.document;
const certificateArn =
  'arn:aws:acm:eu-central-1:111122223333:certificate/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9';
const tlsAtLoadBalancer = (listener: object) =>
  withPlan(ready, { tls: { terminatesAt: 'load-balancer' }, loadBalancer: { listener } });
const path = '/loadBalancer';

testRule(rule, {
  valid: [
    { name: 'internal NLB with TCP:443', document: ready },
    { name: 'the cross-account example', document: findExample('vpc-cross-account')!.document },
    {
      name: 'an active load balancer',
      document: withPlan(ready, { loadBalancer: { state: 'active' } }),
    },
    {
      name: 'TLS:443 with a certificate when TLS terminates there',
      document: tlsAtLoadBalancer({ protocol: 'TLS', port: 443, certificateArn }),
    },
  ],
  invalid: [
    {
      name: 'the mistakes example (internet-facing ALB on 8443)',
      document: findExample('plan-with-mistakes')!.document,
      errors: [
        { messageId: 'not-network', path: `${path}/type` },
        { messageId: 'not-internal', path: `${path}/scheme` },
        { messageId: 'listener-port', path: `${path}/listener/port` },
      ],
    },
    {
      name: 'a Gateway Load Balancer that is still provisioning',
      document: withPlan(ready, { loadBalancer: { type: 'gateway', state: 'provisioning' } }),
      errors: [
        { messageId: 'not-network', path: `${path}/type` },
        { messageId: 'not-active', path: `${path}/state` },
      ],
    },
    {
      name: 'a TLS listener while TLS passes through to the proxy',
      document: withPlan(ready, {
        loadBalancer: { listener: { protocol: 'TLS', certificateArn } },
      }),
      errors: [{ messageId: 'listener-protocol', path: `${path}/listener/protocol` }],
    },
    {
      name: 'a TCP listener while TLS should terminate at the load balancer',
      document: tlsAtLoadBalancer({ protocol: 'TCP', port: 443 }),
      errors: [{ messageId: 'listener-protocol', path: `${path}/listener/protocol` }],
    },
    {
      name: 'a TLS listener without a certificate',
      document: tlsAtLoadBalancer({ protocol: 'TLS', port: 443 }),
      errors: [{ messageId: 'no-certificate', path: `${path}/listener/certificateArn` }],
    },
  ],
  unknown: [
    {
      name: 'no load balancer yet',
      document: withPlan(ready, { loadBalancer: undefined }),
      missing: [
        `${path}/type`,
        `${path}/scheme`,
        `${path}/listener/protocol`,
        `${path}/listener/port`,
      ],
    },
    {
      name: 'the listener not stated',
      document: withPlan(ready, { loadBalancer: { listener: undefined } }),
      missing: [`${path}/listener/protocol`, `${path}/listener/port`],
    },
  ],
});

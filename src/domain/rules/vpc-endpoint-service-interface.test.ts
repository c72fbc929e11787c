import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-endpoint-service-interface';

const ready = findExample('vpc-endpoint-service-ready')!.document;

testRule(rule, {
  valid: [
    { name: 'an Interface service', document: ready },
    { name: 'the cross-account example', document: findExample('vpc-cross-account')!.document },
  ],
  invalid: [
    {
      name: 'a Gateway Load Balancer service',
      document: withPlan(ready, { endpointService: { serviceType: 'GatewayLoadBalancer' } }),
      errors: [{ messageId: 'not-interface', path: '/endpointService/serviceType' }],
    },
  ],
  unknown: [
    {
      name: 'type not stated',
      document: withPlan(ready, { endpointService: { serviceType: undefined } }),
      missing: ['/endpointService/serviceType'],
    },
  ],
});

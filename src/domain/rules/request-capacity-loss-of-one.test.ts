import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './request-capacity-loss-of-one';

// The ready public plan: peak 400, two proxies with 2400 rps, two HSMs with 3000 rps.
const ready = findExample('public-endpoint-ready')!.document;
const peak = (peakRequestsPerSecond: number) =>
  withPlan(ready, { traffic: { peakRequestsPerSecond } });

testRule(rule, {
  valid: [
    { name: 'a ready public plan', document: ready },
    { name: 'a ready VPC plan', document: findExample('vpc-endpoint-service-ready')!.document },
    {
      name: 'three instances of the cross-account plan',
      document: findExample('vpc-cross-account')!.document,
    },
    { name: 'one proxy left carries exactly the peak', document: peak(1200) },
    {
      name: 'capacity below the peak even with all instances is request-capacity’s finding',
      document: peak(3100),
    },
    {
      name: 'a single instance is key-manager-redundant-instances’ finding',
      document: withPlan(peak(1300), {
        proxy: { instances: [{ id: 'p1' }] },
        externalKeyManager: { instances: [{ id: 'k1' }] },
      }),
    },
  ],
  invalid: [
    {
      name: 'one proxy left cannot carry 1300 rps',
      document: peak(1300),
      errors: [{ messageId: 'short-after-loss', path: '/proxy/maxRequestsPerSecond' }],
    },
    {
      name: 'both fleets fall short',
      document: peak(1600),
      errors: [
        { messageId: 'short-after-loss', path: '/proxy/maxRequestsPerSecond' },
        { messageId: 'short-after-loss', path: '/externalKeyManager/maxRequestsPerSecond' },
      ],
    },
    {
      name: 'the load balancer targets count as proxy instances',
      document: withPlan(findExample('vpc-endpoint-service-ready')!.document, {
        proxy: { instances: undefined },
        traffic: { peakRequestsPerSecond: 1900 },
      }),
      errors: [{ messageId: 'short-after-loss', path: '/proxy/maxRequestsPerSecond' }],
    },
  ],
  unknown: [
    {
      name: 'no peak stated',
      document: withPlan(ready, { traffic: { peakRequestsPerSecond: undefined } }),
      missing: ['/traffic/peakRequestsPerSecond'],
    },
    {
      name: 'no key manager capacity or instances stated',
      document: withPlan(ready, {
        externalKeyManager: { maxRequestsPerSecond: undefined, instances: undefined },
      }),
      missing: ['/externalKeyManager/maxRequestsPerSecond', '/externalKeyManager/instances'],
    },
  ],
});

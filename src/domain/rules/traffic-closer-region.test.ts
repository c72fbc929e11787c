import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './traffic-closer-region';

// The ready public plan: eu-west-1, proxy and key manager instances in Dublin.
const ready = findExample('public-endpoint-ready')!.document;

testRule(rule, {
  valid: [
    { name: 'a ready public plan', document: ready },
    { name: 'a ready VPC plan', document: findExample('vpc-endpoint-service-ready')!.document },
    {
      name: 'a proxy in the key store VPC is in the Region',
      document: findExample('vpc-cross-account')!.document,
    },
    {
      name: 'London is only a few ms from Dublin',
      document: withPlan(ready, { region: 'eu-west-2' }),
    },
    {
      name: 'a GovCloud Region has no recorded location',
      document: withPlan(ready, { region: 'us-gov-west-1' }),
    },
  ],
  invalid: [
    {
      name: 'a proxy in Dublin with the store in Frankfurt',
      document: withPlan(ready, { region: 'eu-central-1' }),
      errors: [{ messageId: 'closer-region', path: '/region' }],
    },
    {
      name: 'only the key manager site is known',
      document: withPlan(ready, {
        region: 'us-east-1',
        proxy: { instances: [{ id: 'p1' }] },
        externalKeyManager: { site: { latitude: 47.61, longitude: -122.33 } },
      }),
      errors: [{ messageId: 'closer-region', path: '/region' }],
    },
  ],
  unknown: [
    {
      name: 'no place is known for the proxy or key manager',
      document: withPlan(ready, {
        proxy: { instances: [{ id: 'p1' }] },
        externalKeyManager: { instances: [{ id: 'k1' }] },
      }),
      missing: ['/proxy/site'],
    },
    {
      name: 'no Region yet',
      document: withPlan(ready, { region: undefined }),
      missing: ['/region'],
    },
  ],
});

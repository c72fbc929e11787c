import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import type { Plan } from '../plan/plan-schema';
import rule from './vpc-reaches-proxy';

const ready = findExample('vpc-endpoint-service-ready')!.document;
const link = (connectionToProxy: NonNullable<Plan['vpc']>['connectionToProxy']) =>
  withPlan(ready, { vpc: { connectionToProxy } });
const path = '/vpc/connectionToProxy';

testRule(rule, {
  valid: [
    { name: 'on premises over Direct Connect', document: ready },
    {
      name: 'proxy in this VPC (cross-account example)',
      document: findExample('vpc-cross-account')!.document,
    },
    { name: 'on premises over a VPN', document: link('site-to-site-vpn') },
    {
      name: 'a public endpoint plan',
      document: findExample('public-endpoint-ready')!.document,
      notApplicable: true,
    },
  ],
  invalid: [
    {
      name: 'the mistakes example (on premises, no link)',
      document: findExample('plan-with-mistakes')!.document,
      errors: [{ messageId: 'no-connection', path }],
    },
    {
      name: 'same VPC for a proxy in another cloud',
      document: withPlan(ready, {
        proxy: { location: 'other-cloud' },
        vpc: { connectionToProxy: 'same-vpc' },
      }),
      errors: [{ messageId: 'not-same-vpc', path }],
    },
  ],
  unknown: [
    { name: 'link not stated', document: link(undefined), missing: [path] },
    {
      name: 'proxy location not stated',
      document: withPlan(ready, {
        proxy: { location: undefined },
        vpc: { connectionToProxy: 'none' },
      }),
      missing: ['/proxy/location'],
    },
  ],
});

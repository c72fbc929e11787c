import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './public-endpoint-firewall-443';

const ready = findExample('public-endpoint-ready')!.document;
const firewall = (firewallAllowsTcp443: boolean | undefined) =>
  withPlan(ready, { publicEndpoint: { firewallAllowsTcp443 } });
const path = '/publicEndpoint/firewallAllowsTcp443';

testRule(rule, {
  valid: [
    { name: 'the ready public plan', document: ready },
    {
      name: 'a VPC plan is not concerned',
      document: findExample('plan-with-mistakes')!.document,
      notApplicable: true,
    },
  ],
  invalid: [
    { name: 'blocked', document: firewall(false), errors: [{ messageId: 'blocked', path }] },
  ],
  unknown: [
    { name: 'not stated', document: firewall(undefined), missing: [path] },
    {
      name: 'no public endpoint section at all',
      document: withPlan(ready, { publicEndpoint: undefined }),
      missing: [path],
    },
    {
      name: 'connectivity not stated',
      document: withPlan(ready, { keyStore: { XksProxyConnectivity: undefined } }),
      missing: ['/keyStore/XksProxyConnectivity'],
    },
  ],
});

import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-target-group-two-targets';

const ready = findExample('vpc-endpoint-service-ready')!.document;
const targets = (list: object[] | undefined) =>
  withPlan(ready, { loadBalancer: { targetGroup: { targets: list } } });
const path = '/loadBalancer/targetGroup/targets';

testRule(rule, {
  valid: [
    { name: 'two hosts', document: ready },
    {
      name: 'three hosts (cross-account example)',
      document: findExample('vpc-cross-account')!.document,
    },
    {
      name: 'two hosts, a third address not yet known',
      document: targets([{ ipAddress: '172.16.10.21' }, { ipAddress: '172.16.10.22' }, {}]),
    },
  ],
  invalid: [
    {
      name: 'the mistakes example (one host)',
      document: findExample('plan-with-mistakes')!.document,
      errors: [{ messageId: 'single-target', path }],
    },
    {
      name: 'one host on two ports',
      document: targets([
        { ipAddress: '172.16.10.21', port: 443 },
        { ipAddress: '172.16.10.21', port: 8443 },
      ]),
      errors: [{ messageId: 'single-target', path }],
    },
    { name: 'no targets', document: targets([]), errors: [{ messageId: 'single-target', path }] },
  ],
  unknown: [
    { name: 'targets not listed yet', document: targets(undefined), missing: [path] },
    {
      name: 'one host, the second address not yet known',
      document: targets([{ ipAddress: '172.16.10.21' }, { port: 443 }]),
      missing: [`${path}/1/ipAddress`],
    },
  ],
});

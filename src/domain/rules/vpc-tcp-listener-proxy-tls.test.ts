import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import type { Plan } from '../plan/plan-schema';
import rule from './vpc-tcp-listener-proxy-tls';

const vpcReady = findExample('vpc-endpoint-service-ready')!.document;
const setup = (
  protocol: NonNullable<NonNullable<Plan['loadBalancer']>['listener']>['protocol'],
  terminatesAt: NonNullable<Plan['tls']>['terminatesAt'],
) => withPlan(vpcReady, { loadBalancer: { listener: { protocol } }, tls: { terminatesAt } });

testRule(rule, {
  valid: [
    { name: 'the ready VPC plan', document: vpcReady },
    { name: 'a TLS listener in front of a plain proxy', document: setup('TLS', 'load-balancer') },
    {
      name: 'a public plan is not concerned',
      document: withPlan(findExample('public-endpoint-ready')!.document, {
        loadBalancer: { listener: { protocol: 'TCP' } },
        tls: { terminatesAt: 'load-balancer' },
      }),
      notApplicable: true,
    },
  ],
  unknown: [
    {
      name: 'TCP listener, termination not stated yet',
      document: setup('TCP', undefined),
      missing: ['/tls/terminatesAt'],
    },
    {
      name: 'no listener protocol yet',
      document: withPlan(vpcReady, { loadBalancer: { listener: { protocol: undefined } } }),
      missing: ['/loadBalancer/listener/protocol'],
    },
  ],
  invalid: [
    {
      name: 'a plain-HTTP proxy behind a TCP listener',
      document: setup('TCP', 'load-balancer'),
      errors: [{ messageId: 'proxy-serves-plain-http', path: '/tls/terminatesAt' }],
    },
  ],
});

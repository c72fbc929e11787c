import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import type { Plan } from '../plan/plan-schema';
import rule from './vpc-target-group-health-check';

const ready = findExample('vpc-endpoint-service-ready')!.document;
// The cross-account example runs the AWS sample proxy behind an HTTP /ping health check.
const sample = findExample('vpc-cross-account')!.document;
const healthCheck = (
  base: Plan,
  check: NonNullable<NonNullable<Plan['loadBalancer']>['targetGroup']>['healthCheck'],
) => withPlan(base, { loadBalancer: { targetGroup: { healthCheck: check } } });
const path = '/loadBalancer/targetGroup/healthCheck';

testRule(rule, {
  valid: [
    { name: 'the ready VPC plan (HTTP /ping as its vendor documents)', document: ready },
    { name: 'the sample proxy with HTTP /ping', document: sample },
    {
      name: 'the load balancer default (no health check stated)',
      document: healthCheck(ready, undefined),
    },
    { name: 'a TCP health check', document: healthCheck(sample, { protocol: 'TCP', port: 443 }) },
    {
      name: 'another proxy on an HTTPS path its vendor documents',
      document: healthCheck(ready, { protocol: 'HTTPS', port: 443, path: '/health' }),
    },
    {
      name: 'a public endpoint plan',
      document: findExample('public-endpoint-ready')!.document,
      notApplicable: true,
    },
  ],
  invalid: [
    {
      name: 'an HTTP health check without a path',
      document: healthCheck(ready, { protocol: 'HTTP', port: 80, path: undefined }),
      errors: [{ messageId: 'default-path', path: `${path}/path` }],
    },
    {
      name: 'the sample proxy checked on another path',
      document: healthCheck(sample, { protocol: 'HTTP', port: 80, path: '/health' }),
      errors: [{ messageId: 'sample-ping', path }],
    },
    {
      name: 'the sample proxy checked over HTTPS',
      document: healthCheck(sample, { protocol: 'HTTPS', port: 443, path: '/ping' }),
      errors: [{ messageId: 'sample-ping', path }],
    },
  ],
  unknown: {
    none: 'a health check not stated is the load balancer default, which a proxy answers',
  },
});

import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './no-header-rewriting-to-proxy';

const ready = findExample('vpc-endpoint-service-ready')!.document;

testRule(rule, {
  valid: [{ name: 'nothing rewrites headers (ready example)', document: ready }],
  invalid: [
    {
      name: 'a reverse proxy rewrites headers',
      document: withPlan(ready, { proxy: { headerRewritingInPath: true } }),
      errors: [{ messageId: 'rewrites-headers', path: '/proxy/headerRewritingInPath' }],
    },
  ],
  unknown: [
    {
      name: 'not stated',
      document: withPlan(ready, { proxy: { headerRewritingInPath: undefined } }),
      missing: ['/proxy/headerRewritingInPath'],
    },
  ],
});

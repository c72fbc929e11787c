import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import type { Plan } from '../plan/plan-schema';
import rule from './proxy-tls-legacy-versions';

const ready = findExample('vpc-endpoint-service-ready')!.document;
const versions = (tlsVersions: NonNullable<Plan['proxy']>['tlsVersions']) =>
  withPlan(ready, { proxy: { tlsVersions } });
const path = '/proxy/tlsVersions';

testRule(rule, {
  valid: [
    { name: 'TLS 1.2 and 1.3', document: ready },
    { name: 'only old versions (the error rule reports it)', document: versions(['TLSv1.1']) },
    { name: 'not stated yet', document: versions(undefined) },
  ],
  invalid: [
    {
      name: 'TLS 1.1 next to TLS 1.2',
      document: versions(['TLSv1.1', 'TLSv1.2']),
      errors: [{ messageId: 'legacy-version-accepted', path }],
    },
    {
      name: 'TLS 1.0 and 1.1 next to TLS 1.3',
      document: versions(['TLSv1.0', 'TLSv1.1', 'TLSv1.3']),
      errors: [{ messageId: 'legacy-version-accepted', path }],
    },
  ],
  unknown: {
    none: 'It judges the TLS versions the plan lists; proxy-tls-version is unknown while the list is not stated.',
  },
});

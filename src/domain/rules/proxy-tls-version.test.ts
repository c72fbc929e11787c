import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import type { Plan } from '../plan/plan-schema';
import rule from './proxy-tls-version';

const ready = findExample('public-endpoint-ready')!.document;
const versions = (tlsVersions: NonNullable<Plan['proxy']>['tlsVersions']) =>
  withPlan(ready, { proxy: { tlsVersions } });
const path = '/proxy/tlsVersions';

testRule(rule, {
  valid: [
    { name: 'TLS 1.2 and 1.3', document: ready },
    { name: 'TLS 1.3 only', document: findExample('vpc-cross-account')!.document },
    {
      name: 'an old version next to TLS 1.2 (another rule warns)',
      document: versions(['TLSv1.1', 'TLSv1.2']),
    },
  ],
  invalid: [
    {
      name: 'TLS 1.1 only',
      document: versions(['TLSv1.1']),
      errors: [{ messageId: 'no-tls-1-2-or-later', path }],
    },
    {
      name: 'TLS 1.0 and 1.1',
      document: versions(['TLSv1.0', 'TLSv1.1']),
      errors: [{ messageId: 'no-tls-1-2-or-later', path }],
    },
  ],
  unknown: [
    { name: 'not stated yet', document: versions(undefined), missing: [path] },
    { name: 'an empty list', document: versions([]), missing: [path] },
  ],
});

import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './public-endpoint-mtls';

const ready = findExample('public-endpoint-ready')!.document;

testRule(rule, {
  valid: [
    { name: 'the ready public plan requires mTLS', document: ready },
    {
      name: 'a VPC plan is not concerned',
      document: withPlan(findExample('vpc-endpoint-service-ready')!.document, {
        proxy: { mtls: { enabled: false } },
      }),
      notApplicable: true,
    },
  ],
  invalid: [
    {
      name: 'mTLS switched off',
      document: withPlan(ready, { proxy: { mtls: { enabled: false } } }),
      errors: [{ messageId: 'mtls-off', path: '/proxy/mtls/enabled' }],
    },
    {
      name: 'mTLS switched off, no Region yet',
      document: withPlan(ready, { region: undefined, proxy: { mtls: { enabled: false } } }),
      errors: [{ messageId: 'mtls-off', path: '/proxy/mtls/enabled' }],
    },
  ],
  unknown: [
    {
      name: 'mTLS not stated yet',
      document: withPlan(ready, { proxy: { mtls: undefined } }),
      missing: ['/proxy/mtls/enabled'],
    },
    {
      name: 'connectivity not stated',
      document: withPlan(ready, { keyStore: { XksProxyConnectivity: undefined } }),
      missing: ['/keyStore/XksProxyConnectivity'],
    },
  ],
});

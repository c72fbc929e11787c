import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withRawPlan } from '../plan/with-plan';
import rule from './plan-schema';

const ready = findExample('public-endpoint-ready')!.document;

testRule(rule, {
  valid: [
    { name: 'a ready plan', document: ready },
    { name: 'an empty plan', document: { version: 1 } },
  ],
  invalid: [
    {
      name: 'a number where text belongs',
      document: withRawPlan(ready, { title: 42 }),
      errors: [{ messageId: 'invalid-value', path: '/title' }],
    },
    {
      name: 'a misspelt field',
      document: withRawPlan(ready, { keyStore: { XksProxyUriPth: '/kms/xks/v1' } }),
      errors: [{ messageId: 'unknown-field', path: '/keyStore/XksProxyUriPth' }],
    },
    {
      name: 'an unknown connectivity and a port out of range',
      document: withRawPlan(ready, {
        keyStore: { XksProxyConnectivity: 'INTERNET' },
        loadBalancer: { listener: { port: 70000 } },
      }),
      errors: [
        { messageId: 'invalid-value', path: '/keyStore/XksProxyConnectivity' },
        { messageId: 'invalid-value', path: '/loadBalancer/listener/port' },
      ],
    },
    {
      name: 'a tag without its value',
      document: withRawPlan(ready, { keys: [{ XksKeyId: 'k1', Tags: [{ TagKey: 'team' }] }] }),
      errors: [{ messageId: 'invalid-value', path: '/keys/0/Tags/0/TagValue' }],
    },
  ],
  unknown: {
    none: 'It reports what the schema rejected in the document; absent optional fields are for the other rules.',
  },
});

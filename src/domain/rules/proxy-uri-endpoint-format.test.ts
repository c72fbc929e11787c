import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './proxy-uri-endpoint-format';

const ready = findExample('public-endpoint-ready')!.document;
const endpoint = (XksProxyUriEndpoint: string | undefined) =>
  withPlan(ready, { keyStore: { XksProxyUriEndpoint } });
const path = '/keyStore/XksProxyUriEndpoint';

testRule(rule, {
  valid: [
    { name: 'a host name', document: ready },
    { name: 'the shortest host the API takes', document: endpoint('https://a.b') },
    { name: 'no endpoint yet (another rule asks for it)', document: endpoint(undefined) },
  ],
  invalid: [
    {
      name: 'a port',
      document: endpoint('https://xks.example.com:8443'),
      errors: [{ messageId: 'has-port', path }],
    },
    {
      name: 'a trailing slash',
      document: endpoint('https://xks.example.com/'),
      errors: [{ messageId: 'has-path', path }],
    },
    {
      name: 'a path',
      document: endpoint('https://xks.example.com/kms'),
      errors: [{ messageId: 'has-path', path }],
    },
    {
      name: 'plain http',
      document: endpoint('http://xks.example.com'),
      errors: [{ messageId: 'api-format', path }],
    },
    {
      name: 'too short',
      document: endpoint('https://a'),
      errors: [{ messageId: 'api-format', path }],
    },
    {
      name: 'too long',
      document: endpoint(`https://${'a'.repeat(117)}.com`),
      errors: [{ messageId: 'api-format', path }],
    },
    {
      name: 'an underscore',
      document: endpoint('https://xks_proxy.example.com'),
      errors: [{ messageId: 'api-format', path }],
    },
    {
      name: 'an IP address',
      document: endpoint('https://203.0.113.10'),
      errors: [{ messageId: 'ip-address', path }],
    },
  ],
  unknown: {
    none: 'A format rule: it judges the endpoint when it is present; key-store-required-parameters reports a missing one.',
  },
});

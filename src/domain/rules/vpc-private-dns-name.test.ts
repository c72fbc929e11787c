import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-private-dns-name';

const ready = findExample('vpc-endpoint-service-ready')!.document;
const dnsName = (privateDnsName: string | undefined) =>
  withPlan(ready, { endpointService: { privateDnsName } });
const path = '/endpointService/privateDnsName';

testRule(rule, {
  valid: [
    { name: 'a subdomain of a public domain', document: ready },
    { name: 'the cross-account example', document: findExample('vpc-cross-account')!.document },
    {
      name: 'upper case and a trailing dot',
      document: dnsName('MyProxy-Private.XKS.Example.com.'),
    },
    {
      name: 'exactly 120 characters',
      document: dnsName(`${'a'.repeat(60)}.${'b'.repeat(47)}.example.com`),
    },
  ],
  invalid: [
    {
      name: 'the mistakes example (.internal)',
      document: findExample('plan-with-mistakes')!.document,
      errors: [{ messageId: 'not-public-domain', path }],
    },
    {
      name: 'a single label',
      document: dnsName('xksproxy'),
      errors: [{ messageId: 'not-public-domain', path }],
    },
    {
      name: '121 characters',
      document: dnsName(`${'a'.repeat(60)}.${'b'.repeat(48)}.example.com`),
      errors: [{ messageId: 'too-long', path }],
    },
    {
      name: 'a 64-character label',
      document: dnsName(`${'a'.repeat(64)}.example.com`),
      errors: [{ messageId: 'label-too-long', path }],
    },
    {
      name: 'a wildcard',
      document: dnsName('*.xks.example.com'),
      errors: [{ messageId: 'invalid-label', path }],
    },
    {
      name: 'an underscore',
      document: dnsName('xks_proxy.example.com'),
      errors: [{ messageId: 'invalid-label', path }],
    },
  ],
  unknown: [
    { name: 'no private DNS name', document: dnsName(undefined), missing: [path] },
    {
      name: 'no endpoint service section yet',
      document: withPlan(ready, { endpointService: undefined }),
      missing: [path],
    },
  ],
});

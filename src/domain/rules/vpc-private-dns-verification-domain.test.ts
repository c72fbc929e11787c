import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-private-dns-verification-domain';

const ready = findExample('vpc-endpoint-service-ready')!.document;
const domain = (verificationDomain: string | undefined) =>
  withPlan(ready, { endpointService: { verificationDomain } });
const path = '/endpointService/verificationDomain';

testRule(rule, {
  valid: [
    { name: 'the registered domain', document: ready },
    { name: 'the cross-account example', document: findExample('vpc-cross-account')!.document },
    { name: 'the parent domain', document: domain('xks.example.com') },
    { name: 'the name itself', document: domain('myproxy-private.xks.example.com') },
    { name: 'different case and a trailing dot', document: domain('Example.COM.') },
  ],
  invalid: [
    {
      name: 'an unrelated domain',
      document: domain('example.net'),
      errors: [{ messageId: 'not-under-domain', path }],
    },
    {
      name: 'a suffix that is not a whole label',
      document: domain('ample.com'),
      errors: [{ messageId: 'not-under-domain', path }],
    },
  ],
  unknown: [
    {
      name: 'no verification domain yet',
      document: domain(undefined),
      missing: ['/endpointService/verificationDomain'],
    },
    {
      name: 'no private DNS name yet',
      document: withPlan(ready, { endpointService: { privateDnsName: undefined } }),
      missing: ['/endpointService/privateDnsName'],
    },
  ],
});

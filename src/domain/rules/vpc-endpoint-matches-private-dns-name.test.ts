import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './vpc-endpoint-matches-private-dns-name';

const vpc = findExample('vpc-endpoint-service-ready')!.document;
const endpoint = (XksProxyUriEndpoint: string) =>
  withPlan(vpc, { keyStore: { XksProxyUriEndpoint } });
const path = '/keyStore/XksProxyUriEndpoint';

testRule(rule, {
  valid: [
    { name: 'the ready VPC example', document: vpc },
    { name: 'the cross-account example', document: findExample('vpc-cross-account')!.document },
    {
      name: 'DNS names ignore case and a trailing dot',
      document: endpoint('https://MyProxy-Private.xks.example.com.'),
    },
    {
      name: 'a public endpoint store',
      document: findExample('public-endpoint-ready')!.document,
      notApplicable: true,
    },
  ],
  invalid: [
    {
      name: 'another host name',
      document: endpoint('https://myproxy.xks.example.com'),
      errors: [{ messageId: 'differs', path }],
    },
    {
      name: 'the private DNS name without https://',
      document: endpoint('myproxy-private.xks.example.com'),
      errors: [{ messageId: 'differs', path }],
    },
    {
      name: 'the mistakes example',
      document: findExample('plan-with-mistakes')!.document,
      errors: [{ messageId: 'differs', path }],
    },
  ],
  unknown: [
    {
      name: 'no private DNS name yet',
      document: withPlan(endpoint('https://other.example.com'), {
        endpointService: { privateDnsName: undefined },
      }),
      missing: ['/endpointService/privateDnsName'],
    },
    {
      name: 'no endpoint yet',
      document: withPlan(vpc, { keyStore: { XksProxyUriEndpoint: undefined } }),
      missing: ['/keyStore/XksProxyUriEndpoint'],
    },
  ],
});

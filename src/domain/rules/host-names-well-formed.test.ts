import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './host-names-well-formed';

const publicReady = findExample('public-endpoint-ready')!.document;
const vpcReady = findExample('vpc-endpoint-service-ready')!.document;
const endpoint = (XksProxyUriEndpoint: string) =>
  withPlan(publicReady, { keyStore: { XksProxyUriEndpoint } });
const domain = (verificationDomain: string) =>
  withPlan(vpcReady, { endpointService: { verificationDomain } });
const endpointPath = '/keyStore/XksProxyUriEndpoint';
const domainPath = '/endpointService/verificationDomain';
const label63 = 'a'.repeat(63);

testRule(rule, {
  valid: [
    { name: 'the ready public plan', document: publicReady },
    { name: 'the ready VPC plan', document: vpcReady },
    {
      name: 'labels of 63 characters, digits and inner hyphens',
      document: endpoint(`https://${label63}.x-1.example.com`),
    },
    { name: 'upper case', document: endpoint('https://Proxy.Example.COM') },
    {
      name: 'an IP address (proxy-uri-endpoint-format reports it)',
      document: endpoint('https://203.0.113.10'),
    },
    {
      name: 'a port (proxy-uri-endpoint-format reports it)',
      document: endpoint('https://proxy.example.com:8443'),
    },
    { name: 'verification domain with the root dot', document: domain('example.com.') },
  ],
  unknown: { none: 'it judges only the host names a plan states' },
  invalid: [
    {
      name: 'a single-label host',
      document: endpoint('https://proxy'),
      errors: [{ messageId: 'endpoint-host', path: endpointPath }],
    },
    {
      name: 'an empty label',
      document: endpoint('https://proxy..example.com'),
      errors: [{ messageId: 'endpoint-host', path: endpointPath }],
    },
    {
      name: 'a leading hyphen',
      document: endpoint('https://-proxy.example.com'),
      errors: [{ messageId: 'endpoint-host', path: endpointPath }],
    },
    {
      name: 'a label of 64 characters',
      document: endpoint(`https://${label63}a.example.com`),
      errors: [{ messageId: 'endpoint-host', path: endpointPath }],
    },
    {
      name: 'a trailing dot in the endpoint',
      document: endpoint('https://proxy.example.com.'),
      errors: [{ messageId: 'endpoint-trailing-dot', path: endpointPath }],
    },
    {
      name: 'verification domain: a top-level name alone',
      document: domain('com'),
      errors: [{ messageId: 'verification-domain', path: domainPath }],
    },
    {
      name: 'verification domain: an underscore label',
      document: domain('_acme.example.com'),
      errors: [{ messageId: 'verification-domain', path: domainPath }],
    },
    {
      name: 'verification domain: over 253 characters',
      document: domain(`${[label63, label63, label63, 'b'.repeat(59)].join('.')}.com`),
      errors: [{ messageId: 'verification-domain', path: domainPath }],
    },
  ],
});

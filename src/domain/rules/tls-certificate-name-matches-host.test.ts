import { withChain } from '../../testing/chain-test-case';
import { buildTestChains } from '../../testing/openssl-chains';
import { testRule } from '../engine/rule-tester';
import { findExample } from '../plan/examples';
import { withPlan } from '../plan/with-plan';
import rule from './tls-certificate-name-matches-host';

const publicReady = findExample('public-endpoint-ready')!.document;
const vpcReady = findExample('vpc-endpoint-service-ready')!.document;
const path = '/tls/certificate/subjectCommonName';
const pemPath = '/tls/certificateChainPem';
const chains = buildTestChains();
const certificate = (fields: Record<string, unknown>) => ({ tls: { certificate: fields } });

testRule(rule, {
  valid: [
    { name: 'public: CN equals the endpoint host', document: publicReady },
    { name: 'VPC: one-label wildcard CN', document: vpcReady },
    { name: 'VPC in another account', document: findExample('vpc-cross-account')!.document },
    {
      name: 'CN in another case with a trailing dot',
      document: withPlan(
        publicReady,
        certificate({ subjectCommonName: 'MyProxy.XKS.example.com.' }),
      ),
    },
    {
      name: 'only a SAN matches (judged by tls-certificate-name-only-in-san)',
      document: withPlan(publicReady, certificate({ subjectCommonName: 'other.example.com' })),
    },
    {
      name: 'a malformed public endpoint (the format rule reports it)',
      document: withPlan(publicReady, {
        keyStore: { XksProxyUriEndpoint: 'https://other.example.com:8443' },
      }),
    },
    { name: 'chain: the leaf CN is the host', ...(await withChain(publicReady, chains.good)) },
    {
      name: 'chain: a one-label wildcard leaf',
      ...(await withChain(publicReady, chains.wildcard)),
    },
  ],
  invalid: [
    {
      name: 'the draft with mistakes: CN differs from the private DNS name',
      document: findExample('plan-with-mistakes')!.document,
      errors: [{ messageId: 'mismatch', path }],
    },
    {
      name: 'a wildcard does not cover two labels',
      document: withPlan(vpcReady, {
        keyStore: { XksProxyUriEndpoint: 'https://a.b.xks.example.com' },
        endpointService: { privateDnsName: 'a.b.xks.example.com' },
      }),
      errors: [{ messageId: 'mismatch', path }],
    },
    {
      name: 'a wildcard does not cover its parent domain',
      document: withPlan(vpcReady, {
        keyStore: { XksProxyUriEndpoint: 'https://xks.example.com' },
        endpointService: { privateDnsName: 'xks.example.com' },
      }),
      errors: [{ messageId: 'mismatch', path }],
    },
    {
      name: 'VPC without an endpoint: the private DNS name is the host',
      document: withPlan(vpcReady, {
        keyStore: { XksProxyUriEndpoint: undefined },
        endpointService: { privateDnsName: 'proxy.other.example.com' },
      }),
      errors: [{ messageId: 'mismatch', path }],
    },
    {
      name: 'the listener certificate when TLS ends at the load balancer',
      document: withPlan(publicReady, {
        tls: {
          terminatesAt: 'load-balancer',
          certificate: {
            subjectCommonName: 'lb.example.com',
            subjectAlternativeNames: ['lb.example.com'],
          },
        },
      }),
      errors: [{ messageId: 'mismatch', path }],
    },
    {
      name: 'chain: the leaf names another host (the typed CN is ignored)',
      ...(await withChain(publicReady, chains.wrongName)),
      errors: [{ messageId: 'mismatch', path: pemPath }],
    },
    {
      name: 'chain: the leaf has no CN and its SAN names another host',
      ...(await withChain(publicReady, chains.noCommonName)),
      errors: [{ messageId: 'chain-leaf-without-name', path: pemPath }],
    },
  ],
  unknown: [
    {
      name: 'no endpoint yet',
      document: withPlan(publicReady, { keyStore: { XksProxyUriEndpoint: undefined } }),
      missing: ['/keyStore/XksProxyUriEndpoint'],
    },
    {
      name: 'VPC: neither endpoint nor private DNS name yet',
      document: withPlan(vpcReady, {
        keyStore: { XksProxyUriEndpoint: undefined },
        endpointService: { privateDnsName: undefined },
      }),
      missing: ['/endpointService/privateDnsName'],
    },
    {
      name: 'no CN stated while the endpoint is',
      document: withPlan(
        publicReady,
        certificate({ subjectCommonName: undefined, subjectAlternativeNames: undefined }),
      ),
      missing: [path],
    },
    {
      name: 'no certificate described at all while the endpoint is',
      document: withPlan(publicReady, { tls: undefined }),
      missing: [path],
    },
  ],
});
